import { View } from '@tarojs/components'
import { useState } from 'react'
import type { WishView } from '@core/contract'
import type { Outcome } from '../../../shared/outcome'
import { BigButton, ButtonRow } from '../../../components/BigButton'
import { FormField } from '../../../components/FormField'
import { FormNotice } from '../../../shared/FormNotice'
import { confirmAction, toastDone } from '../../../shared/confirm'
import '../community.scss'

/** 通过（上心愿墙）/ 不通过 with a reason the wisher reads; both asked first. */
export function WishReviewActions({
  wish,
  onReview,
}: {
  wish: WishView
  onReview: (id: string, decision: 'approve' | 'reject', reason?: string) => Promise<Outcome<unknown>>
}) {
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (decision: 'approve' | 'reject', title: string, content: string) => {
    if (!(await confirmAction(title, content, title))) return
    setBusy(true)
    const outcome = await onReview(wish.id, decision, decision === 'reject' ? reason.trim() : undefined)
    setBusy(false)
    if (outcome.ok) toastDone(decision === 'approve' ? '已上心愿墙' : '已退回')
    else setProblem(outcome.error.message)
  }
  const reject = () => {
    if (!reason.trim()) return setProblem('不通过时请填写原因，许愿人会看到')
    void run('reject', '不通过', `原因：${reason.trim()}`)
  }
  return (
    <View className="hl-community__actions">
      <FormNotice message={problem} />
      <FormField label="不通过的原因（通过时不填）" value={reason} maxLength={200} onChange={setReason} />
      <ButtonRow>
        <BigButton kind="secondary" disabled={busy} onClick={reject}>
          不通过
        </BigButton>
        <BigButton busy={busy} onClick={() => void run('approve', '通过', `「${wish.title}」将公开在心愿墙上。`)}>
          通过
        </BigButton>
      </ButtonRow>
    </View>
  )
}
