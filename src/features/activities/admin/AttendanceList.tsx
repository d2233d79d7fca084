import { Text, View } from '@tarojs/components'
import type { AttendanceResponse, AttendanceRow } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../../components/BigButton'
import { Tag } from '../../../components/Tag'
import { formatMinutes } from '../../points/labels'
import './AttendanceList.scss'

export interface AttendanceListProps {
  rows: AttendanceRow[]
  /** Before the end nobody is absent yet: 已报名 / 已签到 instead of 缺勤 / 出勤. */
  phase: AttendanceResponse['phase']
  /** Outside the check-in window 代签到/代签退 would be refused, so they are not offered. */
  checkInOpen: boolean
  ticked: ReadonlySet<string>
  onToggle: (personId: string) => void
  /** Manual 签到 / 签退; the key of the call running (`in:<id>` / `out:<id>`), if any. */
  onManual: (personId: string, mode: 'in' | 'out') => void
  busy: string | null
}

function checkText(row: AttendanceRow): string {
  if (!row.checkedInAt) return '未签到'
  const parts = [`签到 ${formatBeijing(row.checkedInAt, 'HH:mm')}`]
  if (row.checkedOutAt) parts.push(`签退 ${formatBeijing(row.checkedOutAt, 'HH:mm')}`, formatMinutes(row.minutes))
  return parts.join(' · ')
}

function stateTag(row: AttendanceRow, on: boolean, phase: AttendanceResponse['phase']) {
  if (row.credited) return <Tag tone="red">已计入</Tag>
  if (phase !== 'ended') return row.checkedInAt ? <Tag tone="gold">已签到</Tag> : <Tag>已报名</Tag>
  return on ? <Tag tone="gold">出勤</Tag> : <Tag>缺勤</Tag>
}

/** One list of everyone confirmed: tick who attended (☑/☐ and the words, not colour), 签到/签退 by hand. */
export function AttendanceList({ rows, phase, checkInOpen, ticked, onToggle, onManual, busy }: AttendanceListProps) {
  return (
    <View className="hl-attendance">
      {rows.map((row) => {
        const on = ticked.has(row.personId)
        // Before the start there is nothing to tick; a credit already made cannot be taken back here.
        const locked = phase === 'upcoming' || row.credited
        return (
          <View key={row.personId} className="hl-attendance__row" data-testid="attendance-row">
            <View
              className="hl-attendance__tick"
              aria-role="checkbox"
              aria-checked={on}
              aria-disabled={locked || undefined}
              aria-label={`${row.name} 出勤`}
              onClick={() => {
                if (!locked) onToggle(row.personId)
              }}
            >
              <Text className="hl-attendance__box">{on ? '☑' : '☐'}</Text>
              <View className="hl-attendance__who">
                <Text className="hl-strong">{row.name}</Text>
                {row.phoneMasked ? <Text className="hl-note">{row.phoneMasked}</Text> : null}
                <Text className="hl-note">{checkText(row)}</Text>
              </View>
            </View>
            <View className="hl-attendance__side">
              {stateTag(row, on, phase)}
              {!checkInOpen ? null : !row.checkedInAt ? (
                <BigButton kind="plain" busy={busy === `in:${row.personId}` || undefined} onClick={() => onManual(row.personId, 'in')}>
                  代签到
                </BigButton>
              ) : !row.checkedOutAt ? (
                <BigButton kind="plain" busy={busy === `out:${row.personId}` || undefined} onClick={() => onManual(row.personId, 'out')}>
                  代签退
                </BigButton>
              ) : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
