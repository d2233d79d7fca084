import { View } from '@tarojs/components'
import { useState } from 'react'
import type { GoodDeedView } from '@core/contract'
import type { Outcome } from '../../../shared/outcome'
import { BigButton, ButtonRow } from '../../../components/BigButton'
import { FormField } from '../../../components/FormField'
import { FormNotice } from '../../../shared/FormNotice'
import { confirmAction, toastDone } from '../../../shared/confirm'
import './DeedReviewActions.scss'

/** 通过 / 驳回 (with a reason the reporter reads), each confirmed first. */
export function DeedReviewActions({
  deed,
  onReview,
}: {
  deed: GoodDeedView
  onReview: (id: string, decision: 'approve' | 'reject', reason?: string) => Promise<Outcome<unknown>>
}) {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (decision: 'approve' | 'reject') => {
    setBusy(true)
    const outcome = await onReview(deed.id, decision, decision === 'reject' ? reason.trim() : undefined)
    setBusy(false)
    if (!outcome.ok) setProblem(outcome.error.message)
    else toastDone(decision === 'approve' ? '已通过，积分已记入' : '已驳回')
  }
  const approve = async () => {
    if (await confirmAction('通过申报', `通过「${deed.personName}」的日行一善，记入 ${deed.points} 积分？`, '通过')) await run('approve')
  }
  const reject = async () => {
    if (!reason.trim()) return setProblem('请填写驳回原因，申报人会看到')
    if (await confirmAction('驳回申报', `确定驳回吗？原因：${reason.trim()}`, '驳回')) await run('reject')
  }

  return (
    <View className="hl-deed-review">
      <FormNotice message={problem} />
      {rejecting ? (
        <>
          <FormField
            label="驳回原因"
            placeholder="例如：照片看不清，请补充"
            value={reason}
            maxLength={200}
            onChange={(v) => {
              setReason(v)
              setProblem(null)
            }}
          />
          <ButtonRow>
            <BigButton kind="secondary" disabled={busy} onClick={() => setRejecting(false)}>
              取消
            </BigButton>
            <BigButton busy={busy} onClick={() => void reject()}>
              确认驳回
            </BigButton>
          </ButtonRow>
        </>
      ) : (
        <ButtonRow>
          <BigButton kind="secondary" disabled={busy} onClick={() => setRejecting(true)}>
            驳回
          </BigButton>
          <BigButton busy={busy} onClick={() => void approve()}>
            通过
          </BigButton>
        </ButtonRow>
      )}
    </View>
  )
}
