import { Text, View } from '@tarojs/components'
import type { AdjustmentView, PointsSettingsView } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton, ButtonRow } from '../../../components/BigButton'
import { Card } from '../../../components/Card'
import { FormField } from '../../../components/FormField'
import { InfoRow } from '../../../components/InfoRow'
import { Loaded } from '../../../shared/Loaded'
import type { PagedList } from '../../../shared/usePagedList'
import { signed } from '../labels'

/** The approval rule in words, so a lone admin sees who can approve instead of a request that waits forever. */
export function approvalRuleText(settings: PointsSettingsView | null): string {
  if (!settings) return '…'
  if (settings.secondApprover === 'secretary')
    return `社区党委目前只有一位管理员：超过 ${settings.adjustThreshold} 分的调整由任一位支部书记批准（支部书记在 管理工作台 › 积分调整 中处理）。`
  return `超过 ${settings.adjustThreshold} 分的调整须另一位管理员批准。`
}

interface Props {
  settings: PointsSettingsView | null
  /** The caller may see and decide waiting adjustments (an admin, or a secretary under the one-admin rule). */
  reviews: boolean
  pending: PagedList<AdjustmentView>
  rejectReason: string
  onRejectReason: (value: string) => void
  onDecide: (id: string, decision: 'approve' | 'reject') => void
  onWithdraw: (adjustment: AdjustmentView) => void
}

/** 待批准的调整: approve or reject someone else's; withdraw one's own. */
export function PendingAdjustments({ settings, reviews, pending, rejectReason, onRejectReason, onDecide, onWithdraw }: Props) {
  return (
    <Card title="待批准的调整">
      <Text className="hl-adjust__note" data-testid="approval-rule">
        {approvalRuleText(settings)}
      </Text>
      {!reviews ? (
        settings ? (
          <Text className="hl-adjust__note">本社区有 {settings.adminCount} 位管理员，由他们互相批准，支部书记不必处理。</Text>
        ) : null
      ) : (
        <Loaded inline list={pending} empty={{ title: '没有待批准的调整。' }}>
          {(items) => (
            <>
              {items.some((a) => !a.mine) ? (
                <FormField label="驳回原因" optional value={rejectReason} maxLength={200} onChange={onRejectReason} />
              ) : null}
              {items.map((a) => (
                <View key={a.id} className="hl-adjust__pending">
                  <InfoRow label="对象">{a.personName}</InfoRow>
                  <InfoRow label="分值">{signed(a.amount)}</InfoRow>
                  <InfoRow label="原因">{a.reason}</InfoRow>
                  <InfoRow label="提出">{`${a.createdByName} · ${formatBeijing(a.createdAt)}`}</InfoRow>
                  {a.mine ? (
                    <>
                      <Text className="hl-adjust__note">
                        {settings?.secondApprover === 'secretary' ? '由您提出，等待一位支部书记批准。' : '由您提出，等待另一位管理员批准。'}
                      </Text>
                      <BigButton kind="secondary" block onClick={() => onWithdraw(a)}>
                        撤回这笔调整
                      </BigButton>
                    </>
                  ) : (
                    <ButtonRow>
                      <BigButton kind="secondary" onClick={() => onDecide(a.id, 'reject')}>
                        驳回
                      </BigButton>
                      <BigButton onClick={() => onDecide(a.id, 'approve')}>批准</BigButton>
                    </ButtonRow>
                  )}
                </View>
              ))}
            </>
          )}
        </Loaded>
      )}
    </Card>
  )
}
