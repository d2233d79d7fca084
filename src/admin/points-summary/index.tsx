import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { confirmAction, tellProblem } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { useSummary } from '../../features/points/admin/useSummary'
import { formatMinutes } from '../../features/points/labels'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

/** 道德银行总览: issued, spent, outstanding, by month; who waits for approval; 对账. */
export default function SummaryPage() {
  const { summary, report, busy, reconcile, expire } = useSummary()

  const onReconcile = async () => {
    const outcome = await reconcile()
    if (!outcome.ok) await tellProblem('对账没有完成', outcome.error.message)
  }
  const onExpire = async () => {
    if (!(await confirmAction('退回过期订单', '超过 30 天未领取的订单将取消，积分退回、库存恢复。', '退回'))) return
    const outcome = await expire()
    await tellProblem(outcome.ok ? '已完成' : '没有完成', outcome.ok ? `退回 ${outcome.data} 个过期订单` : outcome.error.message)
  }

  return (
    <PageRoot>
      <PageLoaded state={summary}>
        {(data) => (
          <>
            <Card title="总计">
              <InfoRow label="累计发放">{data.issued}</InfoRow>
              <InfoRow label="累计扣减">{data.withdrawn}</InfoRow>
              <InfoRow label="兑付（净）">{data.spent - data.refunded}</InfoRow>
              <InfoRow label="未兑付余额">{data.outstanding}</InfoRow>
              <InfoRow label="服务时长">{formatMinutes(data.minutes)}</InfoRow>
            </Card>
            <Card title="待处理">
              <View className="hl-summary__link" onClick={() => void Taro.navigateTo({ url: '/admin/points-deeds/index' })}>
                <Text>日行一善待审核 {data.pendingDeeds} 条 ›</Text>
              </View>
              <View className="hl-summary__link" onClick={() => void Taro.navigateTo({ url: '/admin/points-adjust/index' })}>
                <Text>积分调整待批准 {data.pendingAdjustments} 条 ›</Text>
              </View>
              <View className="hl-summary__link" onClick={() => void Taro.navigateTo({ url: '/admin/points-fulfil/index' })}>
                <Text>兑换待领取 {data.pendingOrders} 单 ›</Text>
              </View>
            </Card>
            <Card title="按月统计">
              <View className="hl-summary__row hl-summary__row--head">
                <Text>月份</Text>
                <Text>发放</Text>
                <Text>兑付</Text>
              </View>
              {[...data.months].reverse().map((m) => (
                <View key={m.month} className="hl-summary__row">
                  <Text>{m.month}</Text>
                  <Text>{m.issued - m.withdrawn}</Text>
                  <Text>{m.spent - m.refunded}</Text>
                </View>
              ))}
            </Card>
            <Card title="对账">
              <Text className="hl-summary__note">核对所有账户合计为零、每个账户余额等于其流水之和。</Text>
              <BigButton block busy={busy === 'reconcile'} onClick={() => void onReconcile()}>
                开始对账
              </BigButton>
              {report ? (
                <View className="hl-summary__report">
                  <Text className={report.ok ? 'hl-summary__ok' : 'hl-summary__bad'}>
                    {report.ok ? '✓ 账目平衡' : `⚠ 发现 ${report.differences.length} 处差异`}
                  </Text>
                  <InfoRow label="账户">{report.accounts}</InfoRow>
                  <InfoRow label="流水">{report.entries}</InfoRow>
                  <InfoRow label="合计">{report.totalBalance}</InfoRow>
                  {report.differences.slice(0, 10).map((d, i) => (
                    <Text key={i} className="hl-summary__note">{`${d.accountId}：${d.field} 记录 ${d.stored}，流水 ${d.fromEntries}`}</Text>
                  ))}
                </View>
              ) : null}
              <BigButton kind="secondary" block busy={busy === 'expire'} onClick={() => void onExpire()}>
                退回 30 天未领取的订单
              </BigButton>
            </Card>
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
