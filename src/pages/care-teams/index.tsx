import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { TEAM_KIND_LABELS } from '@core/care/constants'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { RoleGate } from '../../features/onboarding/RoleGate'
import { useTeams, useTeamStats } from '../../features/care/useCare'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import '../../features/care/care.scss'

const hours = (minutes: number) => `${Math.floor(minutes / 60)} 小时${minutes % 60 ? ` ${minutes % 60} 分` : ''}`

/** 志愿服务队: the teams and who leads them; a team leader opens their team's service hours and points. */
function TeamsContent() {
  const { load } = useTeams()
  const [open, setOpen] = useState<string | null>(null)
  const stats = useTeamStats(open)
  usePullToReload(load.reload)
  return (
    <PageRoot>
      <Loaded
        state={load}
        empty={(data) => !data.items.length && { title: '还没有队伍', description: '社区党委建立志愿服务队、巡查队后会显示在这里。' }}
      >
        {(data) =>
          data.items.map((team) => (
            <Card key={team.id} title={team.name}>
              <RecordRow
                testId="care-team"
                tags={
                  <>
                    <Tag>{TEAM_KIND_LABELS[team.kind]}</Tag>
                    {team.myPart === 'leader' ? (
                      <Tag tone="red">我是队长</Tag>
                    ) : team.myPart === 'member' ? (
                      <Tag tone="gold">我是队员</Tag>
                    ) : null}
                    {team.active ? null : <Tag>已停止</Tag>}
                  </>
                }
                title={`队长：${team.leaderName}`}
                lines={[`${team.size} 人`]}
                actions={
                  team.myPart === 'leader' ? (
                    <BigButton kind="secondary" onClick={() => setOpen(open === team.id ? null : team.id)}>
                      {open === team.id ? '收起' : '本队时长和积分'}
                    </BigButton>
                  ) : null
                }
              />
              {open === team.id ? (
                <Loaded inline state={stats}>
                  {(s) => (
                    <View data-testid="team-stats">
                      <Text className="hl-title">
                        全队志愿服务 {hours(s.minutes)} · 积分 {s.earned}
                      </Text>
                      {s.people.map((p) => (
                        <Text key={p.personId} className="hl-text">
                          {p.name}：{hours(p.minutes)} · {p.earned} 积分
                        </Text>
                      ))}
                    </View>
                  )}
                </Loaded>
              ) : null}
            </Card>
          ))
        }
      </Loaded>
    </PageRoot>
  )
}

export default function TeamsPage() {
  return (
    <RoleGate area="care" needs="member">
      <TeamsContent />
    </RoleGate>
  )
}
