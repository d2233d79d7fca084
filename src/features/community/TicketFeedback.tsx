import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TicketView } from '@core/contract'
import { RATING_LABELS } from '@core/community/constants'
import type { Outcome } from '../../shared/outcome'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { TextAreaField } from '../../components/FormField'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction, toastDone } from '../../shared/confirm'
import { FormNotice } from '../../shared/FormNotice'
import './community.scss'

const STARS = [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} 星 ${RATING_LABELS[n]}` }))

interface Props {
  ticket: TicketView
  busyWith: string | null
  rate: (rating: number, comment: string) => Promise<Outcome<unknown>>
  reopen: (reason: string) => Promise<Outcome<unknown>>
}

/** The reporter's part once it is closed: 评价 (once), and 重新办理 within 7 days. */
export function TicketFeedback({ ticket, busyWith, rate, reopen }: Props) {
  const [stars, setStars] = useState('5')
  const [comment, setComment] = useState('')
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  if (!ticket.mine || (ticket.status !== 'closed' && ticket.status !== 'rated')) return null

  const onRate = async () => {
    const outcome = await rate(Number(stars), comment.trim())
    if (outcome.ok) toastDone('感谢您的评价')
    else setProblem(outcome.error.message)
  }
  const onReopen = async () => {
    if (reason.trim().length < 2) return setProblem('请说明还有什么问题')
    if (!(await confirmAction('重新办理', '确定申请重新办理吗？诉求会回到办理中。', '申请'))) return
    const outcome = await reopen(reason.trim())
    if (outcome.ok) toastDone('已申请重新办理')
    else setProblem(outcome.error.message)
  }

  return (
    <Card title={ticket.status === 'closed' ? '评价办理结果' : '办理结果'}>
      <FormNotice message={problem} />
      {ticket.status === 'closed' ? (
        <View className="hl-community__actions">
          <ChipGroup label="满意度" options={STARS} value={stars} onChange={setStars} />
          <TextAreaField label="说两句（可不填）" size="short" value={comment} maxLength={200} onChange={setComment} />
          <BigButton block busy={busyWith === 'rate'} onClick={() => void onRate()}>
            提交评价
          </BigButton>
        </View>
      ) : null}
      {ticket.reopenUntil ? (
        <View className="hl-community__actions">
          <TextAreaField label="还没解决？说明情况" size="short" value={reason} maxLength={200} onChange={setReason} />
          <BigButton kind="secondary" block busy={busyWith === 'reopen'} onClick={() => void onReopen()}>
            申请重新办理
          </BigButton>
        </View>
      ) : null}
    </Card>
  )
}
