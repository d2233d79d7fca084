import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AdjustmentView } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { announce, confirmAction, tellProblem, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { FormNotice } from '../../shared/FormNotice'
import { useMe } from '../../features/members/useMe'
import { PendingAdjustments } from '../../features/points/admin/PendingAdjustments'
import { useAdjustments } from '../../features/points/admin/useAdjustments'
import { signed } from '../../features/points/labels'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

/** A deduction larger than the balance, said before it is sent (the balance would go below zero). */
function overdrawOf(balance: number, value: number): string | null {
  if (!Number.isInteger(value) || value >= 0 || balance + value >= 0) return null
  return `现有 ${balance} 积分，扣减 ${Math.abs(value)} 分后余额为 ${balance + value}。`
}

/**
 * 积分调整: an admin adds or removes points with a reason; above the threshold a second approver
 * decides (another admin; a 支部书记 while the committee has one admin). Secretaries see the waiting list only.
 */
export default function AdjustPage() {
  const isAdmin = useMe().data?.role === 'admin'
  const { settings, reviews, pending, hits, person, setPerson, search, submit, decide, withdraw, setThreshold } = useAdjustments(isAdmin)
  const [name, setName] = useState('')
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [threshold, setThresholdText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [rejectReason, setRejectReason] = useState('')
  usePullToReload(async () => {
    await Promise.all([settings.reload(), pending.reload()])
  })

  const onSearch = async () => {
    if (!name.trim()) return setProblem('请输入姓名')
    setProblem(null)
    const outcome = await search(name.trim())
    if (!outcome.ok) setProblem(outcome.error.message)
  }
  const onSubmit = async () => {
    const value = Number(amount)
    if (!person || !Number.isInteger(value) || value === 0) return setProblem('请填写非零整数分值（扣减填负数）')
    if (!reason.trim()) return setProblem('请填写调整原因')
    const overdraw = overdrawOf(person.balance, value)
    if (
      !(await confirmAction(
        overdraw ? '扣减后余额为负' : '确认调整',
        `${overdraw ? `${overdraw}\n` : ''}为${person.name}${value > 0 ? '增加' : '扣减'} ${Math.abs(value)} 积分？原因：${reason.trim()}`,
        '调整',
      ))
    )
      return
    const outcome = await submit(person.id, value, reason.trim())
    if (!outcome.ok) return setProblem(outcome.error.message)
    // The earlier 请填写… is no longer true: clear it with the form.
    setProblem(null)
    setAmount('')
    setReason('')
    toastDone(outcome.data === 'pending' ? '已提交，待另一位管理员批准' : '已调整')
  }
  const onThreshold = async () => {
    const value = Number(threshold)
    if (!Number.isInteger(value) || value < 1) return tellProblem('阈值不正确', '请填写正整数')
    await announce(await setThreshold(value), '已保存', '没有保存成功')
  }
  const onDecide = async (id: string, decision: 'approve' | 'reject') => {
    if (decision === 'reject' && !rejectReason.trim()) return tellProblem('请填写驳回原因', '在下方「驳回原因」中填写后再驳回')
    if (
      !(await confirmAction(
        decision === 'approve' ? '批准调整' : '驳回调整',
        decision === 'approve' ? '批准后积分立即生效。' : `原因：${rejectReason.trim()}`,
        decision === 'approve' ? '批准' : '驳回',
      ))
    )
      return
    const outcome = await decide(id, decision, decision === 'reject' ? rejectReason.trim() : undefined)
    if (await announce(outcome, decision === 'approve' ? '已批准' : '已驳回', '没有处理成功')) setRejectReason('')
  }
  const onWithdraw = async (a: AdjustmentView) => {
    if (!(await confirmAction('撤回调整', `撤回为${a.personName}${signed(a.amount)} 积分的调整？撤回后不会记入积分。`, '撤回'))) return
    await announce(await withdraw(a.id), '已撤回', '没有撤回成功')
  }

  return (
    <PageRoot>
      {isAdmin ? (
        <Card title="调整积分">
          <FormField label="姓名" placeholder="输入姓名查找" value={name} onChange={setName} onConfirm={() => void onSearch()} />
          <BigButton kind="secondary" block onClick={() => void onSearch()}>
            查找
          </BigButton>
          {hits && !hits.length ? <Text>没有找到此人。</Text> : null}
          {hits?.map((hit) => (
            <View
              key={hit.id}
              className={person?.id === hit.id ? 'hl-adjust__hit hl-adjust__hit--on' : 'hl-adjust__hit'}
              onClick={() => setPerson(hit)}
            >
              <Text>
                {person?.id === hit.id ? '✓ ' : ''}
                {hit.name}（{hit.kind === 'member' ? '党员' : '居民'} · {hit.building}）
              </Text>
              <Text>余额 {hit.balance}</Text>
            </View>
          ))}
          {person ? (
            <>
              <FormField
                label={`为${person.name}调整的分值（扣减填负数）`}
                placeholder="例如 20 或 -10"
                value={amount}
                onChange={setAmount}
              />
              <Text className="hl-adjust__note">{`${person.name}现有 ${person.balance} 积分`}</Text>
              {overdrawOf(person.balance, Number(amount)) ? (
                <Text className="hl-adjust__warn" aria-role="alert">
                  ⚠ {overdrawOf(person.balance, Number(amount))}
                </Text>
              ) : null}
              <FormField label="原因" placeholder="例如：组织楼道清洁" value={reason} maxLength={200} onChange={setReason} />
            </>
          ) : null}
          <FormNotice message={problem} />
          {person ? (
            <BigButton block onClick={() => void onSubmit()}>
              提交调整
            </BigButton>
          ) : null}
        </Card>
      ) : null}

      <PendingAdjustments
        settings={settings.data}
        reviews={reviews}
        pending={pending}
        rejectReason={rejectReason}
        onRejectReason={setRejectReason}
        onDecide={(id, decision) => void onDecide(id, decision)}
        onWithdraw={(a) => void onWithdraw(a)}
      />

      {isAdmin ? (
        <Card title="审批阈值">
          <FormField
            label={`当前 ${settings.data?.adjustThreshold ?? '…'} 分，改为`}
            type="number"
            value={threshold}
            onChange={setThresholdText}
          />
          <BigButton kind="secondary" block onClick={() => void onThreshold()}>
            保存阈值
          </BigButton>
        </Card>
      ) : null}
    </PageRoot>
  )
}
