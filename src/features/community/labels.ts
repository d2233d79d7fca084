import type { WishStatus } from '@core/community/constants'

/** Tag tones of a wish's state (the words carry the meaning). */
export const WISH_TONE: Record<WishStatus, 'red' | 'gold' | 'neutral'> = {
  pending: 'gold',
  open: 'red',
  claimed: 'gold',
  fulfilled: 'gold',
  confirmed: 'red',
  rejected: 'neutral',
}
