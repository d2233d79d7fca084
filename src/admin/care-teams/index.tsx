import { Text } from '@tarojs/components'
import { useState } from 'react'
import type { MemberListItem } from '@core/contract'
import { TEAM_KIND_LABELS, TEAM_KINDS, type TeamKind } from '@core/care/constants'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { useTeams } from '../../features/care/useCare'
import { MemberSearch } from '../../features/study/MemberSearch'
import { newAttemptId } from '../../shared/attemptId'
import { ChipGroup } from '../../shared/ChipGroup'
import { SubmitBar } from '../../shared/FormNotice'
import { PageLoaded } from '../../shared/PageLoaded'
import { toastDone } from '../../shared/confirm'

/** 队伍管理 (社区党委): set up a 志愿服务队 / 巡查队 / 文艺队 with its leader (a bound member) and members. */
export default function TeamAdminPage() {
  const { load, save, busy } = useTeams()
  const [teamId, setTeamId] = useState(newAttemptId)
  const [name, setName] = useState('')
  const [kind, setKind] = useState<TeamKind>('volunteer')
  const [leader, setLeader] = useState<MemberListItem | null>(null)
  const [people, setPeople] = useState<MemberListItem[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const submit = async () => {
    if (name.trim().length < 2) return setProblem('请填写队名')
    if (!leader) return setProblem('请选择队长')
    const outcome = await save({ teamId, name: name.trim(), kind, leaderId: leader.id, memberIds: people.map((p) => p.id) })
    if (!outcome.ok) return setProblem(outcome.error.message)
    setProblem(null)
    setTeamId(newAttemptId())
    setName('')
    setLeader(null)
    setPeople([])
    toastDone('队伍已保存')
  }
  return (
    <PageRoot>
      <Card title="新建队伍">
        <FormField label="队名" value={name} maxLength={30} placeholder="如：刘阿姨志愿服务队" onChange={setName} />
        <ChipGroup<TeamKind>
          label="类别"
          options={TEAM_KINDS.map((value) => ({ value, label: TEAM_KIND_LABELS[value] }))}
          value={kind}
          onChange={setKind}
        />
        <Text className="hl-text">队长：{leader ? leader.name : '（未选择）'}</Text>
        <MemberSearch value={leader?.id ?? null} onChange={setLeader} />
        <Text className="hl-text">队员：{people.length ? people.map((p) => p.name).join('、') : '（未选择）'}</Text>
        <MemberSearch
          value={null}
          onChange={(member) => setPeople((current) => (current.some((p) => p.id === member.id) ? current : [...current, member]))}
        />
        <SubmitBar problem={problem} busy={busy} label="保存队伍" onSubmit={submit} />
      </Card>
      <PageLoaded state={load} empty={(data) => !data.items.length && { title: '还没有队伍' }}>
        {(data) => (
          <Card title="队伍">
            {data.items.map((team) => (
              <RecordRow
                key={team.id}
                tags={<Tag>{TEAM_KIND_LABELS[team.kind]}</Tag>}
                title={team.name}
                lines={[`队长：${team.leaderName} · ${team.size} 人`]}
              />
            ))}
          </Card>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
