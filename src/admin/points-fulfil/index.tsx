import { formatBeijing } from '@core/time'
import { BigButton, ButtonRow } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { confirmAction, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { FormNotice } from '../../shared/FormNotice'
import { useFulfil } from '../../features/points/admin/useFulfil'
import { ORDER_STATUS_LABELS } from '../../features/points/labels'

/** 核销: scan the person's QR or type the 8-digit code, check the order, hand the reward over. */
export default function FulfilPage() {
  const { code, setCode, order, problem, busy, look, scan, fulfil, reset } = useFulfil()

  const handOver = async () => {
    if (!order) return
    if (!(await confirmAction('确认核销', `把「${order.rewardName}」×${order.quantity} 交给${order.personName}？`, '核销'))) return
    if ((await fulfil()).ok) toastDone('已核销')
  }

  return (
    <PageRoot>
      <Card title="取货码">
        <FormField
          label="8 位取货码"
          type="number"
          placeholder="请输入取货码"
          value={code}
          maxLength={8}
          onChange={setCode}
          onConfirm={() => void look()}
        />
        <FormNotice message={problem} />
        <ButtonRow>
          <BigButton kind="secondary" onClick={() => void scan()}>
            扫码
          </BigButton>
          <BigButton busy={busy && !order} onClick={() => void look()}>
            查询
          </BigButton>
        </ButtonRow>
      </Card>
      {order ? (
        <Card
          title={`${order.rewardName} ×${order.quantity}`}
          extra={<Tag tone={order.status === 'pending' ? 'gold' : 'neutral'}>{ORDER_STATUS_LABELS[order.status]}</Tag>}
        >
          <InfoRow label="兑换人">{order.personName}</InfoRow>
          <InfoRow label="积分">{order.amount}</InfoRow>
          <InfoRow label="兑换时间">{formatBeijing(order.createdAt)}</InfoRow>
          {order.closedAt ? <InfoRow label="处理时间">{formatBeijing(order.closedAt)}</InfoRow> : null}
          {order.status === 'pending' ? (
            <BigButton block busy={busy} onClick={() => void handOver()}>
              确认核销
            </BigButton>
          ) : (
            <BigButton kind="secondary" block onClick={reset}>
              核销下一单
            </BigButton>
          )}
        </Card>
      ) : null}
    </PageRoot>
  )
}
