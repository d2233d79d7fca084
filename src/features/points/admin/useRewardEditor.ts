import { useState } from 'react'
import type { RewardView } from '@core/contract'
import type { AppError } from '@core/errors'
import { useLoad } from '../../../shared/useLoad'
import { fetchRewards, upsertReward } from '../../../services/points'

export interface RewardDraft {
  id?: string
  name: string
  description: string
  photos: string[]
  price: string
  stockChange: string
  monthlyLimit: string
  active: 'yes' | 'no'
}

const EMPTY: RewardDraft = { name: '', description: '', photos: [], price: '', stockChange: '', monthlyLimit: '1', active: 'yes' }

/** 公益集市 catalogue for admins: every reward (on and off the shelf), one form for new or edit. */
export function useRewardEditor() {
  const list = useLoad('admin-rewards', () => fetchRewards(true))
  const [draft, setDraft] = useState<RewardDraft>(EMPTY)
  const [busy, setBusy] = useState(false)

  const edit = (reward: RewardView) =>
    setDraft({
      id: reward.id,
      name: reward.name,
      description: reward.description,
      photos: reward.photo ? [reward.photo] : [],
      price: String(reward.price),
      stockChange: '',
      monthlyLimit: String(reward.monthlyLimit),
      active: reward.active ? 'yes' : 'no',
    })

  const save = async (): Promise<AppError | null> => {
    setBusy(true)
    const reply = await upsertReward({
      ...(draft.id ? { id: draft.id } : {}),
      name: draft.name.trim(),
      description: draft.description.trim(),
      photo: draft.photos[0] ?? null,
      price: Number(draft.price),
      stockChange: Number(draft.stockChange || 0),
      monthlyLimit: Number(draft.monthlyLimit),
      active: draft.active === 'yes',
    })
    setBusy(false)
    if (!reply.ok) return reply.error
    setDraft(EMPTY)
    await list.reload()
    return null
  }
  return { list, draft, setDraft, edit, save, busy, reset: () => setDraft(EMPTY) }
}
