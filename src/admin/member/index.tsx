import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MemberDetail, MemberFields } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { confirmAction, settleSave, tellProblem, toastDone } from '../../shared/confirm'
import { Loaded } from '../../shared/Loaded'
import type { Outcome } from '../../shared/outcome'
import { PageRoot } from '../../features/elder/PageRoot'
import { OrgPicker } from '../../features/org/OrgPicker'
import { orgOptions } from '../../features/org/orgOptions'
import { useOrgTree } from '../../features/org/useOrgTree'
import { MemberDetailCard } from '../../features/roster/MemberDetailCard'
import { MemberForm } from '../../features/roster/MemberForm'
import { checkForm, errorForField, fieldsFromMember, formFromMember, type FormErrors } from '../../features/roster/memberForm'
import { useMemberDetail } from '../../features/roster/useMemberDetail'
import './index.scss'
import { useRouteId } from '../../shared/useRouteId'

export default function MemberPage() {
  const id = useRouteId()
  const detail = useMemberDetail(id)
  const tree = useOrgTree()
  const [mode, setMode] = useState<'view' | 'edit' | 'move'>(id ? 'view' : 'edit')
  const [errors, setErrors] = useState<FormErrors>({})
  const [moveTo, setMoveTo] = useState<string | null>(null)
  const orgs = tree.data ? orgOptions(tree.data.nodes, ['branch', 'group']) : []
  const { member, form, set: setForm } = detail

  /** Says what happened; a stale edit offers to load the other person's version. */
  const afterWrite = async (outcome: Outcome<MemberDetail>, done: string) => {
    if (!outcome.ok && outcome.error.code === 'COMMON.VALIDATION') setErrors(errorForField(outcome.error.field, outcome.error.message))
    const conflict = {
      title: '数据已被他人修改',
      content: '在您修改期间，别人已经改过这位党员的信息。重新加载后再修改，您刚才填写的内容不会保存。',
      reload: async () => {
        await detail.reload()
        setMode('view')
      },
    }
    const saved = await settleSave(outcome, conflict, '没有保存成功')
    if (!saved) return
    toastDone(done)
    setMode('view')
    if (!id) void Taro.redirectTo({ url: `/admin/member/index?id=${saved.id}` })
  }

  const save = async () => {
    const checked = checkForm(form)
    setErrors(checked.errors)
    if (!checked.fields) return
    await afterWrite(await detail.save(checked.fields), '已保存')
  }

  const move = async () => {
    const target = orgs.find((org) => org.id === moveTo)
    const fields = member ? fieldsFromMember(member) : null
    if (!member || !target || !fields) return
    if (!(await confirmAction('调整组织', `把 ${member.name} 从「${member.org?.name ?? '未分配'}」调整到「${target.label.trim()}」？`)))
      return
    const next: MemberFields = { ...fields, orgId: target.id }
    await afterWrite(await detail.save(next), '已调整')
  }

  const archive = async (archived: boolean) => {
    if (!member) return
    const question = archived
      ? `归档后 ${member.name} 不再出现在花名册中（不会删除，可在“已归档”中恢复）。`
      : `把 ${member.name} 恢复到花名册？`
    if (!(await confirmAction(archived ? '归档党员' : '恢复党员', question, archived ? '归档' : '恢复'))) return
    await afterWrite(await detail.archive(archived), archived ? '已归档' : '已恢复')
  }

  const editing = (
    <>
      <Card title={member ? `修改 ${member.name} 的信息` : '新增党员'}>
        {tree.error ? <Text className="hl-member__note">组织列表没有加载成功：{tree.error.message}</Text> : null}
        <MemberForm values={form} errors={errors} orgs={orgs} onChange={setForm} />
        {Object.keys(errors).length ? (
          <Text className="hl-member__note">⚠ 有 {Object.keys(errors).length} 处需要修改，见上方提示</Text>
        ) : null}
      </Card>
      <View className="hl-member__actions">
        <BigButton block busy={detail.busy || undefined} onClick={() => void save()}>
          保存
        </BigButton>
        {member ? (
          <BigButton kind="plain" block onClick={() => setMode('view')}>
            取消修改
          </BigButton>
        ) : null}
      </View>
    </>
  )

  const viewing = (member: MemberDetail) => (
    <>
      <MemberDetailCard member={member} />
      {mode === 'move' ? (
        <Card title="调整到其他支部 / 党小组">
          <OrgPicker label="调整到" options={orgs.filter((org) => org.id !== member.orgId)} value={moveTo} onChange={setMoveTo} />
          <BigButton
            block
            busy={detail.busy || undefined}
            onClick={() => void (moveTo ? move() : tellProblem('请先选择', '请先在上面选择要调整到的支部或党小组。'))}
          >
            确认调整
          </BigButton>
          <BigButton kind="plain" block onClick={() => setMode('view')}>
            取消
          </BigButton>
        </Card>
      ) : (
        <View className="hl-member__actions">
          {member.archived ? null : (
            <>
              <BigButton
                block
                onClick={() => {
                  setForm(formFromMember(member))
                  setErrors({})
                  setMode('edit')
                }}
              >
                修改信息
              </BigButton>
              <BigButton kind="secondary" block onClick={() => setMode('move')}>
                调整支部
              </BigButton>
            </>
          )}
          <BigButton kind="secondary" block busy={detail.busy || undefined} onClick={() => void archive(!member.archived)}>
            {member.archived ? '恢复到花名册' : '归档'}
          </BigButton>
        </View>
      )}
    </>
  )

  const page = (shown: MemberDetail | null) => (mode === 'edit' || !shown ? editing : viewing(shown))
  // An existing member is read first (loading, or why not); a new one starts at the empty form.
  return <PageRoot>{id ? <Loaded state={detail}>{(data) => page(data.member)}</Loaded> : page(null)}</PageRoot>
}
