import { useState } from 'react'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { BuildingChips } from '../../features/buildings/BuildingChips'
import { useBuildings } from '../../features/buildings/useBuildings'
import { useCareFlags, useResidentPairing } from '../../features/care/useCare'
import { MemberSearch } from '../../features/study/MemberSearch'
import { BooleanChips, ChipGroup } from '../../shared/ChipGroup'
import { SubmitBar } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { confirmAction, toastDone } from '../../shared/confirm'
import { PageLoaded } from '../../shared/PageLoaded'

/** Whom a flag is set on: a member found on the roster, or a registered resident chosen in their building. */
type Chosen = { id: string; name: string }
const KINDS = [
  { value: 'member' as const, label: '党员' },
  { value: 'resident' as const, label: '居民' },
]

/** A registered resident, chosen by building then name (the residents of one building, with their unit). */
function ResidentPicker({ value, onChange }: { value: string | null; onChange: (resident: Chosen) => void }) {
  const buildings = useBuildings()
  const [building, setBuilding] = useState<string | null>(null)
  const { load } = useResidentPairing(building)
  return (
    <>
      <BuildingChips buildings={buildings} value={building} onChange={setBuilding} />
      {building ? (
        <Loaded inline state={load} empty={(data) => !data.items.length && { title: '这个楼栋还没有登记的居民' }}>
          {(data) => (
            <ChipGroup
              label="选择居民"
              options={data.items.map((r) => ({ value: r.id, label: `${r.name}（${r.unit}）` }))}
              value={value ?? ''}
              onChange={(id) => {
                const resident = data.items.find((r) => r.id === id)
                if (resident) onChange({ id: resident.id, name: resident.name })
              }}
            />
          )}
        </Loaded>
      ) : null}
    </>
  )
}

/** 困难与独居 (社区党委 only): who is flagged, and setting a member's or resident's flags (audited, never shown elsewhere). */
export default function CareFlagsPage() {
  const { which, setWhich, list, save, busy } = useCareFlags()
  const [kind, setKind] = useState<'member' | 'resident'>('member')
  const [member, setMember] = useState<Chosen | null>(null)
  const [hardship, setHardship] = useState(false)
  const [livesAlone, setLivesAlone] = useState(false)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = async () => {
    if (!member) return setProblem(kind === 'member' ? '请先查找并选择党员' : '请先选择楼栋和居民')
    const words = [hardship ? '困难' : '不困难', livesAlone ? '独居' : '不独居'].join('、')
    if (!(await confirmAction('保存标记', `${member.name}：${words}。标记仅社区党委可见，并留有操作记录。`, '保存'))) return
    const outcome = await save({ personId: member.id, hardship, livesAlone, note: note.trim() || null })
    if (!outcome.ok) return setProblem(outcome.error.message)
    setProblem(null)
    toastDone('已保存')
  }
  return (
    <PageRoot>
      <Card title="标记困难、独居">
        <ChipGroup label="标记谁" options={KINDS} value={kind} onChange={(next) => (setKind(next), setMember(null))} />
        {kind === 'member' ? (
          <MemberSearch value={member?.id ?? null} onChange={setMember} />
        ) : (
          <ResidentPicker value={member?.id ?? null} onChange={setMember} />
        )}
        <BooleanChips label="生活困难" yes="困难" no="不困难" noFirst value={hardship} onChange={setHardship} />
        <BooleanChips label="独居" yes="独居" no="不独居" noFirst value={livesAlone} onChange={setLivesAlone} />
        <FormField label="备注" optional value={note} maxLength={100} onChange={setNote} />
        <SubmitBar problem={problem} busy={busy} label="保存标记" onSubmit={submit} />
      </Card>
      <Card title="已标记的人（仅社区党委可见）">
        <ChipGroup
          label="查看"
          options={[
            { value: 'hardship' as const, label: '困难' },
            { value: 'livesAlone' as const, label: '独居' },
          ]}
          value={which}
          onChange={setWhich}
        />
      </Card>
      <PageLoaded list={list} empty={{ title: which === 'hardship' ? '没有标记为困难的人' : '没有标记为独居的人' }}>
        {(people) => (
          <Card>
            {people.map((person) => (
              <RecordRow
                key={person.personId}
                testId="flagged-person"
                tags={
                  <>
                    {person.hardship ? <Tag tone="red">困难</Tag> : null}
                    {person.livesAlone ? <Tag tone="gold">独居</Tag> : null}
                    <Tag>{person.personKind === 'member' ? '党员' : '居民'}</Tag>
                  </>
                }
                title={person.name}
                lines={[person.building, person.flagNote]}
              />
            ))}
          </Card>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
