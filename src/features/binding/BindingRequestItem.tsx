import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { BindingRequestView } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton, ButtonRow } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { FormField } from '../../components/FormField'
import { FormNotice } from '../../shared/FormNotice'
import { confirmAction } from '../../shared/confirm'
import type { ReviewDecision } from './useBindingRequests'
import type { Outcome } from '../../shared/outcome'
import { CardTag } from './CardTag'
import './BindingRequestItem.scss'

export interface BindingRequestItemProps {
  request: BindingRequestView
  onReview: (requestId: string, decision: ReviewDecision) => Promise<Outcome>
}

/** One request: who asked, the roster entry it matched, and 通过 / 驳回 (with a reason), each confirmed. */
export function BindingRequestItem({ request, onReview }: BindingRequestItemProps) {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null)

  const run = async (decision: ReviewDecision) => {
    setBusy(decision.decision)
    setError(null)
    const outcome = await onReview(request.id, decision)
    setBusy(null)
    if (!outcome.ok) {
      const failed = outcome.error
      if (failed.field === 'reason' || /^reason：/.test(failed.message)) setReasonError(failed.message.replace(/^reason：/, ''))
      else setError(failed.message)
    }
  }

  const approve = async () => {
    const sure = await confirmAction(
      '通过绑定申请',
      `确认「${request.name}」就是花名册上的党员${request.memberName}，通过后将绑定党员身份。`,
      '通过',
      '再想想',
    )
    if (sure) await run({ decision: 'approve' })
  }

  const reject = async () => {
    const text = reason.trim()
    if (!text) {
      setReasonError('请填写驳回原因，申请人会看到')
      return
    }
    const sure = await confirmAction('驳回绑定申请', `确定驳回「${request.name}」的申请吗？原因：${text}`, '驳回', '再想想')
    if (sure) await run({ decision: 'reject', reason: text })
  }

  return (
    <Card title={request.name} extra={<CardTag tone="gold">待审核</CardTag>}>
      <InfoRow label="手机号">{request.phone}</InfoRow>
      <InfoRow label="花名册">
        <Text className="hl-binding-item__main">{request.memberName}</Text>
        {request.org ? <Text className="hl-note">{request.org.name}</Text> : null}
      </InfoRow>
      <InfoRow label="申请时间">{formatBeijing(request.requestedAt)}</InfoRow>
      <FormNotice message={error} />
      {rejecting ? (
        <View className="hl-binding-item__reject">
          <FormField
            label="驳回原因"
            placeholder="例如：手机号与花名册不一致"
            value={reason}
            maxLength={200}
            error={reasonError}
            onChange={(value) => {
              setReason(value)
              setReasonError(undefined)
            }}
          />
          <ButtonRow>
            <BigButton kind="secondary" onClick={() => setRejecting(false)} disabled={busy !== null}>
              取消
            </BigButton>
            <BigButton busy={busy === 'reject'} onClick={() => void reject()}>
              确认驳回
            </BigButton>
          </ButtonRow>
        </View>
      ) : (
        <ButtonRow>
          <BigButton kind="secondary" disabled={busy !== null} onClick={() => setRejecting(true)}>
            驳回
          </BigButton>
          <BigButton busy={busy === 'approve'} onClick={() => void approve()}>
            通过
          </BigButton>
        </ButtonRow>
      )}
    </Card>
  )
}
