import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MyBindingRequest } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { BINDING_PAGE } from '../onboarding/VisitorChoices'
import { BINDING_STATUS_LABELS, BINDING_STATUS_TONES } from './bindingStatus'
import { CardTag } from './CardTag'
import './BindingStatusCard.scss'

/** The caller's own binding request and its outcome (首页 and 我的). */
export function BindingStatusCard({ request, showRetry = true }: { request: MyBindingRequest; showRetry?: boolean }) {
  return (
    <Card
      title="党员身份绑定申请"
      extra={<CardTag tone={BINDING_STATUS_TONES[request.status]}>{BINDING_STATUS_LABELS[request.status]}</CardTag>}
    >
      <Text className="hl-binding-status__text">{explain(request)}</Text>
      {request.status === 'rejected' && request.reason ? (
        <View className="hl-binding-status__reason">
          <Text className="hl-binding-status__reason-label">未通过的原因：</Text>
          <Text>{request.reason}</Text>
        </View>
      ) : null}
      <InfoRow label="申请人">{`${request.name}（${request.phoneMasked}）`}</InfoRow>
      <InfoRow label="提交时间">{formatBeijing(request.requestedAt)}</InfoRow>
      {request.reviewedAt ? <InfoRow label="审核时间">{formatBeijing(request.reviewedAt)}</InfoRow> : null}
      {request.status === 'rejected' && showRetry ? (
        <View className="hl-binding-status__action">
          <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: BINDING_PAGE })}>
            核对信息后重新申请
          </BigButton>
        </View>
      ) : null}
    </Card>
  )
}

function explain(request: MyBindingRequest): string {
  if (request.status === 'pending') return '您的申请已提交，正在等待支部书记审核。审核后这里会显示结果。'
  if (request.status === 'approved') return '审核已通过，您已绑定党员身份。'
  return '很抱歉，您的申请没有通过。'
}
