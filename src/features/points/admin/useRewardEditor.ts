import type { RewardView } from '@core/contract'
import { fetchRewards, upsertReward } from '../../../services/points'
import { useListEditor } from '../../../shared/useListEditor'

export interface RewardDraft {
  name: string
  description: string
  photos: string[]
  price: string
  /** Added to the stock (negative: taken off), never overwriting what others redeemed meanwhile. */
  stockChange: string
  monthlyLimit: string
  active: boolean
}

/** 公益集市 catalogue for admins: every reward (on and off the shelf), one form for new or edit. */
export function useRewardEditor() {
  return useListEditor<RewardView, RewardDraft>({
    key: 'admin-rewards',
    load: () => fetchRewards(true),
    empty: () => ({ name: '', description: '', photos: [], price: '', stockChange: '', monthlyLimit: '1', active: true }),
    draftOf: (reward) => ({
      name: reward.name,
      description: reward.description,
      photos: reward.photo ? [reward.photo] : [],
      price: String(reward.price),
      stockChange: '',
      monthlyLimit: String(reward.monthlyLimit),
      active: reward.active,
    }),
    send: (draft, editing) =>
      upsertReward({
        ...(editing ? { id: editing.id } : {}),
        name: draft.name.trim(),
        description: draft.description.trim(),
        photo: draft.photos[0] ?? null,
        price: Number(draft.price),
        stockChange: Number(draft.stockChange || 0),
        monthlyLimit: Number(draft.monthlyLimit),
        active: draft.active,
      }),
  })
}
