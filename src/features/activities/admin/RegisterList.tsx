import { Text, View } from '@tarojs/components'
import { LEAVE_STATUS_LABELS, REGISTER_STATE_LABELS, type RegisterMark } from '@core/activities/register'
import type { RegisterLine } from '@core/contract/activities'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../../components/BigButton'
import { Tag } from '../../../components/Tag'
import './RegisterList.scss'

export interface RegisterListProps {
  lines: RegisterLine[]
  /** Signed off: the list is shown, nothing offered. */
  editable: boolean
  onMark: (memberId: string, mark: RegisterMark) => void
  onLeave: (memberId: string, approve: boolean) => void
  /** The key of the write running (`mark:<id>` / `leave:<id>`), if any. */
  busy: string | null
}

function noteOf(line: RegisterLine): string | null {
  if (line.remote) return `远程参加${line.remoteByName ? `（${line.remoteByName}登记）` : ''}`
  if (line.state === 'present') return line.checkedInAt ? `签到 ${formatBeijing(line.checkedInAt, 'HH:mm')}` : '书记勾选到会'
  if (line.state === 'delivered') return line.helperName ? `由结对人 ${line.helperName} 送学` : '送学'
  if (line.leave) return `请假（${LEAVE_STATUS_LABELS[line.leave.status]}）：${line.leave.reason}`
  return null
}

/** 应到 list: each member's state in words (实到 / 送学 / 请假 / 缺席), and what the secretary can do about it. */
export function RegisterList({ lines, editable, onMark, onLeave, busy }: RegisterListProps) {
  return (
    <View className="hl-register">
      {lines.map((line) => {
        const note = noteOf(line)
        const markBusy = busy === `mark:${line.memberId}` || undefined
        const leaveBusy = busy === `leave:${line.memberId}` || undefined
        return (
          <View key={line.memberId} className="hl-register__row" data-testid="register-row">
            <View className="hl-register__who">
              <Text className="hl-strong">
                {line.name}
                {line.elder ? '（长辈）' : ''}
              </Text>
              <Tag tone={line.state === 'present' ? 'red' : line.state === 'absent' ? 'neutral' : 'gold'}>
                {REGISTER_STATE_LABELS[line.state]}
              </Tag>
              {line.remote ? <Tag tone="gold">远程</Tag> : null}
            </View>
            {note ? <Text className="hl-note">{note}</Text> : null}
            {editable ? (
              <View className="hl-register__actions">
                {line.leave?.status === 'pending' ? (
                  <>
                    <BigButton kind="secondary" busy={leaveBusy} onClick={() => onLeave(line.memberId, true)}>
                      准假
                    </BigButton>
                    <BigButton kind="plain" busy={leaveBusy} onClick={() => onLeave(line.memberId, false)}>
                      不准假
                    </BigButton>
                  </>
                ) : null}
                {line.mark !== 'none' ? (
                  <BigButton kind="plain" busy={markBusy} onClick={() => onMark(line.memberId, 'none')}>
                    取消勾选
                  </BigButton>
                ) : !line.checkedInAt && !line.remote ? (
                  <>
                    <BigButton kind="plain" busy={markBusy} onClick={() => onMark(line.memberId, 'present')}>
                      记到会
                    </BigButton>
                    {line.elder ? (
                      <BigButton kind="plain" busy={markBusy} onClick={() => onMark(line.memberId, 'delivered')}>
                        记送学
                      </BigButton>
                    ) : null}
                  </>
                ) : null}
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
