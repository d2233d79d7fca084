import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { MEETING_LEAVE_REASON_MAX } from '@core/activities/constants'
import { LEAVE_STATUS_LABELS } from '@core/activities/register'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { TextAreaField } from '../../components/FormField'
import { announce } from '../../shared/confirm'
import { useMyLeave } from './useMyLeave'
import './LeaveCard.scss'

/**
 * 请假 for a meeting of my branch (三会一课, 主题党日): the reason, sent to the secretary, and what
 * they decided. Shown only to a member on the meeting's 应到 list.
 */
export function LeaveCard({ activityId }: { activityId: string }) {
  const leave = useMyLeave(activityId)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const current = leave.data?.leave ?? null
  const saved = current?.reason ?? null
  // The saved reason fills the box (to change it while it waits); typing is not overwritten by a reload of it.
  useEffect(() => {
    if (saved !== null) setReason(saved)
  }, [saved])

  if (!leave.data?.expected) return null
  const send = async () => {
    if (!reason.trim()) return setProblem('请填写请假原因')
    setProblem(null)
    await announce(await leave.ask(reason.trim()), '请假已提交，等待书记批准', '没有提交成功')
  }
  return (
    <Card title="请假">
      {current ? (
        <Text className="hl-leave__state" aria-role="status" data-testid="leave-state">
          {LEAVE_STATUS_LABELS[current.status]}
          {current.decidedByName ? `（${current.decidedByName}）` : ''}：{current.reason}
        </Text>
      ) : (
        <Text className="hl-leave__hint">您在本次会议的应到名单中。不能参加请写明原因，书记批准后记为请假。</Text>
      )}
      {leave.data.canAsk ? (
        <>
          <TextAreaField
            label="请假原因"
            size="short"
            value={reason}
            maxLength={MEETING_LEAVE_REASON_MAX}
            placeholder="例如：外出就医"
            error={problem}
            onChange={setReason}
          />
          <BigButton kind="secondary" block busy={leave.busy || undefined} onClick={() => void send()}>
            {current ? '修改请假原因' : '提交请假'}
          </BigButton>
        </>
      ) : null}
    </Card>
  )
}
