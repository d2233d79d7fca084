import type { BindingStatus } from '@core/contract'

/** The words for a binding request's state; the tag colour only repeats them. */
export const BINDING_STATUS_LABELS: Record<BindingStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
}

export const BINDING_STATUS_TONES: Record<BindingStatus, 'gold' | 'red' | 'neutral'> = {
  pending: 'gold',
  approved: 'neutral',
  rejected: 'red',
}
