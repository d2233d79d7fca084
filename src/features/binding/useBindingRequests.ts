import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { BindingRequestView } from '@core/contract'
import type { AppError } from '@core/errors'
import { fetchBindingRequests, reviewBinding } from '../../services/members'
import { refreshPendingBindingCount } from './pendingCountStore'

export interface ReviewDecision {
  decision: 'approve' | 'reject'
  reason?: string
}

/**
 * 绑定审核: the pending requests of the caller's subtree, 20 at a time, and the approve / reject
 * action. A reviewed request leaves the list; one someone else reviewed meanwhile does too.
 */
export function useBindingRequests() {
  const [items, setItems] = useState<BindingRequestView[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<AppError | null>(null)
  const generation = useRef(0)

  const reload = useCallback(async () => {
    const mine = ++generation.current
    setError(null)
    setMoreError(null)
    const reply = await fetchBindingRequests({ status: 'pending' })
    if (mine !== generation.current) return
    if (reply.ok) {
      setItems(reply.data.items)
      setNextCursor(reply.data.nextCursor)
    } else {
      setError(reply.error)
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  const loadMore = useCallback(async () => {
    if (!nextCursor || loadingMore) return
    const mine = generation.current
    setLoadingMore(true)
    setMoreError(null)
    const reply = await fetchBindingRequests({ status: 'pending', cursor: nextCursor })
    setLoadingMore(false)
    if (mine !== generation.current) return
    if (reply.ok) {
      setItems((current) => [...(current ?? []), ...reply.data.items])
      setNextCursor(reply.data.nextCursor)
    } else {
      setMoreError(reply.error)
    }
  }, [nextCursor, loadingMore])

  /** Resolves with the error to show beside the request, or null when it is done. */
  const review = useCallback(async (requestId: string, { decision, reason }: ReviewDecision): Promise<AppError | null> => {
    const reply = await reviewBinding(decision === 'reject' ? { requestId, decision, reason } : { requestId, decision })
    const gone = reply.ok || reply.error.code === 'MEMBER.BINDING_REVIEWED'
    if (gone) {
      setItems((current) => current?.filter((item) => item.id !== requestId) ?? null)
      void refreshPendingBindingCount()
    }
    if (reply.ok) {
      void Taro.showToast({ title: decision === 'approve' ? '已通过' : '已驳回', icon: 'success' })
      return null
    }
    if (reply.error.code === 'MEMBER.BINDING_REVIEWED') {
      void Taro.showToast({ title: '该申请已由他人审核', icon: 'none' })
      return null
    }
    return reply.error
  }, [])

  return { items, error, reload, hasMore: Boolean(nextCursor), loadMore, loadingMore, moreError, review }
}
