import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { BindingRequestView } from '@core/contract'
import { fetchBindingRequests, reviewBinding } from '../../services/members'
import type { Outcome } from '../../shared/outcome'
import { usePagedList } from '../../shared/usePagedList'
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
  const list = usePagedList<BindingRequestView>('binding-requests', (cursor) =>
    fetchBindingRequests(cursor ? { status: 'pending', cursor } : { status: 'pending' }),
  )
  const { removeItem } = list

  /** A refusal is for the request's card to show; done (or done by someone else) says so in a toast. */
  const review = useCallback(
    async (requestId: string, { decision, reason }: ReviewDecision): Promise<Outcome> => {
      const reply = await reviewBinding(decision === 'reject' ? { requestId, decision, reason } : { requestId, decision })
      const reviewedElsewhere = !reply.ok && reply.error.code === 'MEMBER.BINDING_REVIEWED'
      if (!reply.ok && !reviewedElsewhere) return reply
      removeItem((item) => item.id === requestId)
      void refreshPendingBindingCount()
      if (reviewedElsewhere) void Taro.showToast({ title: '该申请已由他人审核', icon: 'none' })
      else void Taro.showToast({ title: decision === 'approve' ? '已通过' : '已驳回', icon: 'success' })
      return { ok: true, data: null }
    },
    [removeItem],
  )

  return { list, review }
}
