import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { OrgNode } from '@core/contract'
import { canBeChildOf, canHaveSecretary } from '@core/rules/org'
import { ORG_LEVELS, type OrgLevel } from '@core/roles'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { ChipGroup } from '../../shared/ChipGroup'
import { announce, confirmAction, tellProblem } from '../../shared/confirm'
import { shanghaiTime } from '../../shared/dates'
import { Loaded } from '../../shared/Loaded'
import { NameSearch } from '../../shared/NameSearch'
import type { Outcome } from '../../shared/outcome'
import { FormField } from '../../components/FormField'
import { MemberRow } from '../roster/MemberRow'
import { useRoster } from '../roster/useRoster'
import { OrgPicker } from './OrgPicker'
import { levelLabel, orgOptions } from './orgOptions'
import { useOrgEditor } from './useOrgEditor'
import './OrgNodePanel.scss'

const KIND_WORDS = { create: '新建', rename: '改名', move: '调整上级', update: '修改' } as const

/** Everything the admin can do to one organisation: rename, buildings, move, add below, secretaries, history. */
export function OrgNodePanel({ node, nodes, onChanged }: { node: OrgNode; nodes: OrgNode[]; onChanged: () => Promise<void> }) {
  const editor = useOrgEditor(node, onChanged)
  const [name, setName] = useState(node.name)
  const [buildings, setBuildings] = useState(node.buildings.join('、'))
  const [parentId, setParentId] = useState<string | null>(null)
  const childLevels = ORG_LEVELS.filter((level) => canBeChildOf(level, node.level))
  const [childLevel, setChildLevel] = useState<OrgLevel | undefined>(childLevels[0])
  const [childName, setChildName] = useState('')
  const [query, setQuery] = useState<string | undefined>()
  const [queryText, setQueryText] = useState('')
  const candidates = useRoster({ query, orgId: node.id }, Boolean(query))
  const parents = orgOptions(
    nodes.filter((other) => other.id !== node.id && !other.path.includes(node.id) && canBeChildOf(node.level, other.level)),
    ORG_LEVELS.slice(),
  )

  const report = async (outcome: Outcome<string>, done: string) => {
    const ok = await announce(outcome, done, '没有成功')
    if (outcome.ok && outcome.data) await tellProblem(done, outcome.data)
    return ok
  }

  const move = async () => {
    const target = parents.find((option) => option.id === parentId)
    if (
      !target ||
      !(await confirmAction('调整上级组织', `把「${node.name}」及其下级组织、党员调整到「${target.label.trim()}」之下？`, '调整'))
    )
      return
    await report(await editor.move(target.id), '已调整')
  }

  const revoke = async (memberId: string, who: string) => {
    if (!(await confirmAction('撤销书记', `撤销 ${who} 的「${node.name}」书记角色？撤销后他（她）不能再管理本支部。`, '撤销'))) return
    await report(await editor.setSecretary(memberId, false), '已撤销')
  }

  const grant = async (memberId: string, who: string) => {
    if (!(await confirmAction('设为书记', `把 ${who} 设为「${node.name}」书记？他（她）将能管理本支部花名册。`, '设为书记'))) return
    if (await report(await editor.setSecretary(memberId, true), '已设置')) setQuery(undefined)
  }

  const isRoot = !node.parentId
  return (
    <Card title={`${levelLabel(node.level)}：${node.name}`}>
      {!isRoot ? (
        <View className="hl-org-panel__block">
          <FormField label="名称" value={name} onChange={setName} maxLength={40} />
          <BigButton
            kind="secondary"
            busy={editor.busy || undefined}
            onClick={() =>
              void (name.trim() && name.trim() !== node.name
                ? editor.rename(name.trim()).then((o) => report(o, '已改名'))
                : tellProblem('名称没有变化', '请先在上面的框里改好名称。'))
            }
          >
            保存名称
          </BigButton>
          {node.level === 'group' ? (
            <>
              <FormField
                label="包含的楼栋（用顿号分隔）"
                value={buildings}
                onChange={setBuildings}
                maxLength={400}
                placeholder="如 琼林苑1栋、琼林苑2栋"
              />
              <BigButton
                kind="secondary"
                busy={editor.busy || undefined}
                onClick={() => void editor.setBuildings(buildings.split(/[、,，\s]+/).filter(Boolean)).then((o) => report(o, '已保存楼栋'))}
              >
                保存楼栋
              </BigButton>
            </>
          ) : null}
          <OrgPicker
            label="调整到其他上级组织"
            options={parents.filter((option) => option.id !== node.parentId)}
            value={parentId}
            onChange={setParentId}
          />
          <BigButton
            kind="secondary"
            busy={editor.busy || undefined}
            onClick={() => void (parentId ? move() : tellProblem('请先选择', '请先选择要调整到的上级组织。'))}
          >
            调整上级
          </BigButton>
        </View>
      ) : null}

      {childLevel ? (
        <View className="hl-org-panel__block">
          <Text className="hl-org-panel__heading">新建下级组织</Text>
          {childLevels.length > 1 ? (
            <ChipGroup
              label="类型"
              options={childLevels.map((value) => ({ value, label: levelLabel(value) }))}
              value={childLevel}
              onChange={setChildLevel}
            />
          ) : null}
          <FormField label={`${levelLabel(childLevel)}名称`} value={childName} onChange={setChildName} maxLength={40} />
          <BigButton
            busy={editor.busy || undefined}
            onClick={() =>
              void (childName.trim()
                ? editor.createChild(childName.trim(), childLevel).then(async (o) => (await report(o, '已新建')) && setChildName(''))
                : tellProblem('请填写名称', '请先填写新组织的名称。'))
            }
          >
            新建
          </BigButton>
        </View>
      ) : null}

      {canHaveSecretary(node.level) ? (
        <View className="hl-org-panel__block">
          <Text className="hl-org-panel__heading">书记</Text>
          {node.secretaries.length ? null : <Text className="hl-text">还没有设置书记。</Text>}
          {node.secretaries.map((secretary) => (
            <View key={secretary.openid} className="hl-org-panel__row">
              <Text className="hl-text">{secretary.name}</Text>
              {secretary.memberId ? (
                <BigButton
                  kind="secondary"
                  busy={editor.busy || undefined}
                  onClick={() => void revoke(secretary.memberId!, secretary.name)}
                >
                  撤销书记
                </BigButton>
              ) : null}
            </View>
          ))}
          <NameSearch label="按姓名查找本组织党员，设为书记" value={queryText} onChange={setQueryText} onSearch={setQuery} />
          {query && !candidates.loading && !candidates.items.length ? (
            <Text className="hl-text">{candidates.error ? candidates.error.message : '本组织没有这个名字的党员'}</Text>
          ) : null}
          {query
            ? candidates.items.map((member) => (
                <MemberRow
                  key={member.id}
                  member={member}
                  action={
                    <BigButton busy={editor.busy || undefined} onClick={() => void grant(member.id, member.name)}>
                      设为书记
                    </BigButton>
                  }
                />
              ))
            : null}
        </View>
      ) : null}

      <View className="hl-org-panel__block">
        <Text className="hl-org-panel__heading">变更记录</Text>
        <Loaded inline state={editor.history} empty={(history) => !history.items.length && { title: '没有变更记录' }}>
          {(history) =>
            history.items.map((item) => (
              <InfoRow key={item.id} label={shanghaiTime(item.at)}>
                {`${KIND_WORDS[item.kind]}${item.before?.name && item.before.name !== item.after.name ? `：${String(item.before.name)} → ${String(item.after.name)}` : ''}`}
              </InfoRow>
            ))
          }
        </Loaded>
      </View>
    </Card>
  )
}
