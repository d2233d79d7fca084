import Taro from '@tarojs/taro'
import { useState } from 'react'
import { confirmRelation } from '../../services/members'
import { loadMe } from '../members/meStore'

/**
 * 组织关系排查, one tap: confirm that the caller (no id) or a paired elder (`forMemberId`, after
 * phoning them) can be reached. `confirmed` remembers who was confirmed on this screen.
 */
export function useConfirmRelation() {
  const [busyFor, setBusyFor] = useState<string | null>(null)
  const [confirmed, setConfirmed] = useState<Record<string, true>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})

  const confirm = async (forMemberId?: string) => {
    const key = forMemberId ?? 'self'
    if (busyFor) return
    setBusyFor(key)
    setErrors(({ [key]: _dropped, ...rest }) => rest)
    const reply = await confirmRelation(forMemberId)
    setBusyFor(null)
    if (!reply.ok) {
      setErrors((current) => ({ ...current, [key]: reply.error.message }))
      return
    }
    setConfirmed((current) => ({ ...current, [key]: true }))
    void Taro.showToast({ title: reply.data.firstConfirmation ? '已确认，谢谢' : '之前已确认过', icon: 'none' })
    if (!forMemberId) await loadMe()
  }

  return { confirm, busyFor, confirmed, errors }
}
