import { Text, View } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormNotice } from '../../shared/FormNotice'
import { useConfirmRelation } from './useConfirmRelation'
import { CardTag } from '../binding/CardTag'
import './RelationCheckCard.scss'

type PendingCheck = NonNullable<MeResponse['pendingRelationCheck']>

/** 组织关系排查 the member has not answered yet: one big button says 「我联系得上」. */
export function RelationCheckCard({ check }: { check: PendingCheck }) {
  const { confirm, busyFor, errors } = useConfirmRelation()
  return (
    <Card title="组织关系排查" extra={<CardTag tone="gold">待确认</CardTag>}>
      <Text className="hl-relation__title">{check.title}</Text>
      <Text className="hl-relation__text">
        {`社区党委于 ${formatBeijing(check.startedAt, 'YYYY年M月D日')} 发起排查。如果您的手机号和住址没有变化，请点下面的按钮确认。`}
      </Text>
      <FormNotice message={errors.self ?? null} />
      <View className="hl-relation__action">
        <BigButton block busy={busyFor === 'self'} onClick={() => void confirm()}>
          确认联系方式有效
        </BigButton>
      </View>
      <Text className="hl-relation__hint">如联系方式有变化，请先在下方「我的联系方式」中修改。</Text>
    </Card>
  )
}
