import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MeResponse } from '@core/contract'
import { setRankingOptOut } from '../../services/members'
import { loadMe } from '../members/meStore'

/** 排行榜隐私: the switch shows the wanted value at once and goes back if saving fails. */
export function useRankingOptOut(me: MeResponse) {
  const [pending, setPending] = useState<boolean | null>(null)
  const optOut = pending ?? me.rankingOptOut

  const change = async (next: boolean) => {
    if (pending !== null) return
    setPending(next)
    const reply = await setRankingOptOut(next)
    if (reply.ok) {
      await loadMe()
      void Taro.showToast({ title: next ? '已在排行榜中隐藏' : '已在排行榜中显示', icon: 'none' })
    } else {
      void Taro.showToast({ title: `没有保存成功：${reply.error.message}`, icon: 'none' })
    }
    setPending(null)
  }

  return { optOut, saving: pending !== null, change }
}
