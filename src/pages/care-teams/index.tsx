import { useState } from 'react'
import { TEAM_KIND_LABELS } from '@core/care/constants'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { TeamLeaderPanel } from '../../features/care/TeamLeaderPanel'
import { useTeams } from '../../features/care/useCare'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import '../../features/care/care.scss'

/**
 * 志愿服务队: the teams and who leads them; a team leader opens 本队活动 (发起活动, 报名名单, 确认出勤)
 * and 本队时长和积分 from the team's own activities.
 */
function TeamsContent() {
  const { load } = useTeams()
  const [open, setOpen] = useState<string | null>(null)
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
                      {open === team.id ? '收起' : '本队活动和时长'}
                    </BigButton>
                  ) : null
                }
              />
              {open === team.id ? <TeamLeaderPanel team={team} /> : null}
            </Card>
          ))
        }
      </Loaded>
    </PageRoot>
  )
}

export default gatedPage('care', 'member', TeamsContent)
