import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { beijingDay } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { DateField } from '../../components/FormField'
import { ChipGroup } from '../../shared/ChipGroup'
import { announce, tellProblem } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { orgChips, orgOptions } from '../../features/org/orgOptions'
import { useOrgTree } from '../../features/org/useOrgTree'
import { kindLabel } from '../../features/study/labels'
import { MemberSearch } from '../../features/study/MemberSearch'
import { useAssignments } from '../../features/study/useManageStudy'
import { useMaterials } from '../../features/study/useStudy'

const TARGET_OPTIONS = [
  { value: 'org' as const, label: '支部或党小组' },
  { value: 'member' as const, label: '一名党员' },
]

const IN_TWO_WEEKS = () => beijingDay(new Date(Date.now() + 14 * 86_400_000))

/** Assign a material to a branch (its whole subtree) or one member, with a due date; see who has it. */
export default function StudyAssignPage() {
  const routeId = useRouter().params.id || ''
  const [materialId, setMaterialId] = useState<string>(routeId)
  const materials = useMaterials(null)
  const tree = useOrgTree()
  const assignments = useAssignments(materialId || null)
  const [kind, setKind] = useState<'org' | 'member'>('org')
  const [orgId, setOrgId] = useState('')
  const [member, setMember] = useState<{ id: string; name: string } | null>(null)
  const [dueDate, setDueDate] = useState(IN_TWO_WEEKS)
  const today = beijingDay(new Date())

  const orgs = tree.data ? orgOptions(tree.data.nodes, ['generalBranch', 'branch', 'group']) : []
  const chosen = materials.items.find((item) => item.id === materialId)

  const assign = async () => {
    if (!materialId) return tellProblem('还不能指派', '请选择学习资料')
    const target =
      kind === 'org' ? (orgId ? { kind: 'org' as const, orgId } : null) : member ? { kind: 'member' as const, memberId: member.id } : null
    if (!target) return tellProblem('还不能指派', kind === 'org' ? '请选择支部或党小组' : '请查找并选择一名党员')
    await announce(await assignments.assign(target, dueDate), '已指派', '没有指派成功')
  }

  return (
    <PageRoot>
      <Loaded list={materials} footer={false} empty={{ title: '还没有学习资料', description: '社区党委上传资料后才能指派' }}>
        {(items) => (
          <>
            <Card title="学习资料">
              <ChipGroup
                label="选择资料"
                options={items.map((item) => ({ value: item.id, label: item.title }))}
                value={materialId}
                onChange={setMaterialId}
              />
              {chosen ? (
                <Text className="hl-muted">
                  {kindLabel(chosen.kind)} · {chosen.topic}
                </Text>
              ) : null}
            </Card>
            <Card title="指派给">
              <ChipGroup label="对象" options={TARGET_OPTIONS} value={kind} onChange={setKind} />
              {kind === 'org' ? (
                <Loaded inline state={tree} loadingText="正在加载组织…">
                  {() => <ChipGroup label="支部或党小组" options={orgChips(orgs)} value={orgId} onChange={setOrgId} />}
                </Loaded>
              ) : (
                <>
                  <MemberSearch value={member?.id ?? null} onChange={(picked) => setMember({ id: picked.id, name: picked.name })} />
                  {member ? <Text className="hl-muted">已选择：{member.name}</Text> : null}
                </>
              )}
              <DateField label="截止日期" value={dueDate} start={today} onChange={setDueDate} />
              <BigButton block busy={assignments.busy} onClick={() => void assign()}>
                指派
              </BigButton>
            </Card>
            {materialId ? (
              <Card title="已指派">
                <Loaded inline state={assignments} empty={(data) => !data.items.length && { title: '这份资料还没有指派。' }}>
                  {(data) =>
                    data.items.map((item) => (
                      <View key={item.id} className="hl-row" data-testid="assignment">
                        <Text>
                          {item.target.kind === 'org' ? '组织' : '党员'}：{item.target.name}
                        </Text>
                        <Text className="hl-muted">{item.dueDate} 前完成</Text>
                      </View>
                    ))
                  }
                </Loaded>
              </Card>
            ) : null}
          </>
        )}
      </Loaded>
    </PageRoot>
  )
}
