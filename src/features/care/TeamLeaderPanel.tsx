import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TeamView } from '@core/contract/care'
import { BigButton } from '../../components/BigButton'
import { RecordRow } from '../../components/RecordRow'
import { SectionTitle } from '../../components/SectionTitle'
import { Tag } from '../../components/Tag'
import { useTeamActivities } from '../activities/admin/useManagedActivities'
import { ACTIVITY_KIND_LABELS, activityTime, seatsText } from '../activities/labels'
import { ChipGroup } from '../../shared/ChipGroup'
import { Loaded } from '../../shared/Loaded'
import { useShowAgain } from '../../shared/useShowAgain'
import { useTeamStats } from './useCare'

export const hoursText = (minutes: number) => `${Math.floor(minutes / 60)} 小时${minutes % 60 ? ` ${minutes % 60} 分` : ''}`

const STATUS_OPTIONS = [
  { value: 'upcoming' as const, label: '未结束' },
  { value: 'past' as const, label: '已结束' },
]

/**
 * 我是队长: the team's own activities (发起活动 opens the activity editor for the team; each activity's
 * 报名名单 and, once it has ended, 确认出勤) and 本队时长和积分 — what the team's activities credited.
 */
export function TeamLeaderPanel({ team }: { team: TeamView }) {
  const { status, setStatus, list } = useTeamActivities(team.id)
  const stats = useTeamStats(team.id)
  useShowAgain(() => {
    void list.reload()
    void stats.reload()
  })
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <View data-testid="team-leader-panel">
      <SectionTitle>本队活动</SectionTitle>
      <BigButton block onClick={() => go(`/admin/activities-edit/index?teamId=${team.id}&teamName=${encodeURIComponent(team.name)}`)}>
        发起活动
      </BigButton>
      <ChipGroup label="显示" options={STATUS_OPTIONS} value={status} onChange={setStatus} />
      <Loaded inline list={list} empty={{ title: status === 'upcoming' ? '本队还没有未结束的活动' : '本队还没有已结束的活动' }}>
        {(items) =>
          items.map((item) => {
            const ended = Date.parse(item.endAt) <= Date.now()
            return (
              <RecordRow
                key={item.id}
                testId="team-activity"
                tags={
                  <>
                    <Tag tone="red">{ACTIVITY_KIND_LABELS[item.kind]}</Tag>
                    {item.status === 'cancelled' ? <Tag>已取消</Tag> : ended ? <Tag>已结束</Tag> : null}
                  </>
                }
                title={item.title}
                lines={[
                  `${activityTime(item.startAt, item.endAt)} · ${item.place}`,
                  `${seatsText(item)} · 已报名 ${item.confirmedCount} 人`,
                ]}
                actions={
                  <>
                    <BigButton kind="secondary" onClick={() => go(`/pages/activities-detail/index?id=${item.id}`)}>
                      查看
                    </BigButton>
                    <BigButton kind="secondary" onClick={() => go(`/admin/activities-attendance/index?id=${item.id}`)}>
                      {ended ? '确认出勤' : '报名名单'}
                    </BigButton>
                  </>
                }
              />
            )
          })
        }
      </Loaded>
      <SectionTitle>本队时长和积分</SectionTitle>
      <Loaded inline state={stats}>
        {(s) => (
          <View data-testid="team-stats">
            <Text className="hl-title">
              本队活动志愿服务 {hoursText(s.minutes)} · 积分 {s.earned}
            </Text>
            <Text className="hl-note">
              来自本队已结束的 {s.activities} 场活动、{s.attendances} 人次确认出勤（不含队员参加的其他活动）
            </Text>
            {s.people
              .filter((p) => p.inTeam || p.minutes || p.earned)
              .map((p) => (
                <Text key={p.personId} className="hl-text" data-testid="team-person">
                  {p.name}
                  {p.inTeam ? '' : '（非队员）'}：本队 {hoursText(p.minutes)} · {p.earned} 积分
                  {p.inTeam ? `（累计 ${hoursText(p.totalMinutes)} · ${p.totalEarned} 积分）` : ''}
                </Text>
              ))}
          </View>
        )}
      </Loaded>
    </View>
  )
}
