import { Text } from '@tarojs/components'
import { useState } from 'react'
import type { MemberListItem } from '@core/contract'
import { GRANT_COVERS, GRANT_KIND_LABELS, GRANT_KINDS, type GrantKind } from '@core/care/constants'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { useBuildings } from '../../features/buildings/useBuildings'
import { useCareGrants } from '../../features/care/useCare'
import { orgChips, orgOptions } from '../../features/org/orgOptions'
import { useOrgTree } from '../../features/org/useOrgTree'
import { MemberSearch } from '../../features/study/MemberSearch'
import { ChipGroup, MultiChips } from '../../shared/ChipGroup'
import { SubmitBar } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { confirmAction, toastDone } from '../../shared/confirm'
import { usePullToReload } from '../../shared/usePullToReload'

/**
 * 关爱网络授权 (社区党委): grant a bound member a small scope — 党小组长 (one Party group), 楼栋长 / 网格员
 * (buildings), 党建联络员 (branches, read only) — or take it back. Every change is audited.
 */
export default function CareGrantsPage() {
  const { load, save, busyWith } = useCareGrants()
  const tree = useOrgTree()
  const buildings = useBuildings()
  const [member, setMember] = useState<MemberListItem | null>(null)
  const [kind, setKind] = useState<GrantKind>('gridWorker')
  const [orgIds, setOrgIds] = useState<string[]>([])
  const [chosenBuildings, setChosenBuildings] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  usePullToReload(load.reload)
  const covers = GRANT_COVERS[kind]
  const orgChoices = tree.data ? orgOptions(tree.data.nodes, covers === 'group' ? ['group'] : ['branch', 'generalBranch']) : []

  const grant = async () => {
    if (!member) return setProblem('请先查找并选择党员')
    const scope = covers === 'buildings' ? chosenBuildings : orgIds
    if (!scope.length) return setProblem(covers === 'buildings' ? '请选择楼栋' : covers === 'group' ? '请选择党小组' : '请选择党支部')
    const outcome = await save({
      memberId: member.id,
      kind,
      orgIds: covers === 'buildings' ? [] : orgIds,
      buildings: covers === 'buildings' ? chosenBuildings : [],
      active: true,
    })
    if (!outcome.ok) return setProblem(outcome.error.message)
    setProblem(null)
    toastDone('已授权')
  }
  const revoke = async (grantKind: GrantKind, memberId: string, name: string) => {
    if (!(await confirmAction('收回授权', `收回${name}的${GRANT_KIND_LABELS[grantKind]}授权？收回后立即生效。`, '收回'))) return
    const outcome = await save({ memberId, kind: grantKind, active: false })
    if (outcome.ok) toastDone('已收回')
    else setProblem(outcome.error.message)
  }

  return (
    <PageRoot>
      <Card title="授予职责">
        <MemberSearch value={member?.id ?? null} onChange={setMember} />
        <ChipGroup<GrantKind>
          label="职责"
          options={GRANT_KINDS.map((value) => ({ value, label: GRANT_KIND_LABELS[value] }))}
          value={kind}
          onChange={(next) => (setKind(next), setOrgIds([]), setChosenBuildings([]))}
        />
        {covers === 'buildings' ? (
          <Loaded inline state={buildings}>
            {(data) => (
              <MultiChips
                label="负责的楼栋"
                options={data.items.map((b) => ({ value: b.id, label: b.id }))}
                value={chosenBuildings}
                onChange={setChosenBuildings}
              />
            )}
          </Loaded>
        ) : (
          <Loaded inline state={tree}>
            {() =>
              covers === 'group' ? (
                <ChipGroup label="党小组" options={orgChips(orgChoices)} value={orgIds[0] ?? ''} onChange={(id) => setOrgIds([id])} />
              ) : (
                <MultiChips label="联系的党支部（只读）" options={orgChips(orgChoices)} value={orgIds} onChange={setOrgIds} />
              )
            }
          </Loaded>
        )}
        <SubmitBar problem={problem} busy={busyWith !== null} label="授权" onSubmit={grant} />
      </Card>
      <Loaded
        state={load}
        empty={(data) =>
          !data.items.length && {
            title: '还没有授权',
            description: '授权后，党小组长、楼栋长、网格员、党建联络员会在「关爱走访」看到自己的范围。',
          }
        }
      >
        {(data) => (
          <Card title="已授权">
            {data.items.map((item) => (
              <RecordRow
                key={item.id}
                testId="care-grant-row"
                tags={
                  <>
                    <Tag tone={item.active ? 'red' : 'neutral'}>{GRANT_KIND_LABELS[item.kind]}</Tag>
                    {item.active ? null : <Tag>已收回</Tag>}
                  </>
                }
                title={item.memberName}
                lines={[[...item.orgNames, ...item.buildings].join('、')]}
                actions={
                  item.active ? (
                    <BigButton
                      kind="secondary"
                      busy={busyWith === item.id}
                      onClick={() => void revoke(item.kind, item.memberId, item.memberName)}
                    >
                      收回
                    </BigButton>
                  ) : (
                    <Text className="hl-muted">已收回</Text>
                  )
                }
              />
            ))}
          </Card>
        )}
      </Loaded>
    </PageRoot>
  )
}
