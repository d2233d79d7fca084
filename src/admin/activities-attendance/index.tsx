import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MEETING_KINDS } from '@core/activities/constants'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import type { ActivityDetail, AttendanceResponse } from '@core/contract'
import { AttendanceList } from '../../features/activities/admin/AttendanceList'
import { useAttendance } from '../../features/activities/admin/useAttendance'
import { useActivityDetail } from '../../features/activities/useActivityDetail'
import { announce, confirmAction } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'
import { useRouteId } from '../../shared/useRouteId'

/** 出勤名单: tick who came, confirm (points and minutes credited once each), 代签到/代签退; meetings link to their register. */
export default function AttendancePage() {
  const id = useRouteId()
  const attendance = useAttendance(id)
  const { activity } = useActivityDetail(id)
  return (
    <PageRoot>
      <PageLoaded state={attendance} missing={{ title: '没有选择活动', description: '请从活动管理进入。' }}>
        {(data) => <AttendanceView data={data} attendance={attendance} activity={activity} />}
      </PageLoaded>
    </PageRoot>
  )
}

function AttendanceView({
  data,
  attendance,
  activity,
}: {
  data: AttendanceResponse
  attendance: ReturnType<typeof useAttendance>
  activity: ActivityDetail | null
}) {
  const { ticked } = attendance
  const rows = data.rows.filter((row) => row.status === 'confirmed')
  const waitlisted = data.rows.filter((row) => row.status === 'waitlisted').length
  const checkedIn = rows.filter((row) => row.checkedInAt).length
  const isMeeting = activity ? MEETING_KINDS.includes(activity.kind) : false

  const credited = rows.filter((row) => row.credited).length
  // After a confirmation only newly ticked people can still be credited; nobody is credited twice.
  const adding = rows.filter((row) => ticked.has(row.personId) && !row.credited).length
  const ended = data.phase === 'ended'

  const confirm = async () => {
    const absent = rows.length - ticked.size
    const earns = activity ? `每人计 ${activity.points} 积分和志愿时长（按签到签退时间，不超过活动时长）` : '每人计积分和志愿时长'
    const sure = data.confirmedAt
      ? await confirmAction(
          `补充确认 ${adding} 人出勤？`,
          `为新勾选的 ${adding} 人计入积分和志愿时长；已计入的 ${credited} 人不会重复计入。`,
          '补充确认',
        )
      : await confirmAction(
          `确认 ${ticked.size} 人出勤？`,
          `${earns}，每人只计一次。${absent ? `未勾选的 ${absent} 人记为缺勤。` : ''}`,
          '确认出勤',
        )
    if (!sure) return
    await announce(await attendance.confirm(), (count) => (count ? `已为 ${count} 人计入` : '已确认'), '没有确认成功')
  }

  const manual = async (personId: string, mode: 'in' | 'out') => {
    const [done, failed] = mode === 'in' ? ['已代签到', '没有签到成功'] : ['已代签退', '没有签退成功']
    await announce(await attendance.manual(personId, mode), done, failed)
  }

  return (
    <>
      <Card title={data.title}>
        <Text className="hl-strong" data-testid="attendance-summary">
          已报名 {rows.length} 人 · 已签到 {checkedIn} 人 · 勾选出勤 {ticked.size} 人{waitlisted ? ` · 候补 ${waitlisted} 人` : ''}
        </Text>
        <PhaseNote data={data} credited={credited} requiresConfirmation={activity?.requiresConfirmation !== false} />
        {rows.length ? (
          <AttendanceList
            rows={rows}
            phase={data.phase}
            checkInOpen={data.checkInOpen}
            ticked={ticked}
            onToggle={attendance.toggle}
            onManual={(personId, mode) => void manual(personId, mode)}
            busy={attendance.busy}
          />
        ) : (
          <Text className="hl-attendance-page__hint">还没有人报名。</Text>
        )}
        {rows.length ? (
          <View className="hl-attendance-page__actions">
            <BigButton
              block
              disabled={!ended || (data.confirmedAt !== null && adding === 0) || undefined}
              busy={attendance.busy === 'confirm' || undefined}
              onClick={() => void confirm()}
            >
              {confirmLabel(data, ticked.size, adding)}
            </BigButton>
          </View>
        ) : null}
      </Card>
      {isMeeting ? (
        <Card title="三会一课登记">
          <Text className="hl-attendance-page__hint">
            应到、实到、请假、缺席、送学和列席按支部花名册登记；会议纪要在登记页填写并由书记签字确认。
          </Text>
          <BigButton
            kind="secondary"
            block
            onClick={() => void Taro.navigateTo({ url: `/admin/activities-register/index?id=${data.activityId}` })}
          >
            登记与会议纪要
          </BigButton>
        </Card>
      ) : null}
    </>
  )
}

/** The one action's words follow the activity's time and whether it has been confirmed already. */
function confirmLabel(data: AttendanceResponse, tickedCount: number, adding: number): string {
  if (data.phase !== 'ended') return `活动结束（${formatBeijing(data.endAt, 'MM-DD HH:mm')}）后可确认出勤`
  if (!data.confirmedAt) return `确认出勤（${tickedCount} 人）`
  return adding ? `补充确认（新勾选 ${adding} 人）` : '已确认出勤 · 勾选新到的人可补充确认'
}

/** What the list means now: before the start, while it runs, after the end, after confirmation. */
function PhaseNote({
  data,
  credited,
  requiresConfirmation,
}: {
  data: AttendanceResponse
  credited: number
  requiresConfirmation: boolean
}) {
  if (data.confirmedAt)
    return (
      <Text className="hl-attendance-page__confirmed" aria-role="status">
        ✓ 已确认出勤（{formatBeijing(data.confirmedAt)}），{credited} 人的积分和志愿时长已计入，每人只计一次
      </Text>
    )
  const window = `签到 ${formatBeijing(data.checkInOpensAt, 'MM-DD HH:mm')} 至 ${formatBeijing(data.checkInClosesAt, 'MM-DD HH:mm')}`
  if (data.phase === 'upcoming')
    return (
      <Text className="hl-attendance-page__hint" data-testid="attendance-phase">
        活动 {formatBeijing(data.startAt, 'MM-DD HH:mm')} 开始，报名的人在这里等候签到（{window}）。结束后核对并确认出勤。
      </Text>
    )
  if (data.phase === 'underway')
    return (
      <Text className="hl-attendance-page__hint" data-testid="attendance-phase">
        活动进行中（{window}），签到的人自动勾选。活动结束后核对并确认出勤。
      </Text>
    )
  return (
    <Text className="hl-attendance-page__hint" data-testid="attendance-phase">
      {requiresConfirmation ? '签到的人已自动勾选。' : '本活动无需确认：签退即计入。没有签退的人，'}
      核对后点「确认出勤」，积分和志愿时长随即计入。
    </Text>
  )
}
