import { Text, View } from '@tarojs/components'
import type { ElderContact } from '@core/contract'
import type { AppError } from '@core/errors'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { useConfirmRelation } from '../relation/useConfirmRelation'
import { ElderContactItem } from './ElderContactItem'
import './MyEldersCard.scss'

export interface MyEldersCardProps {
  elders: ElderContact[] | null
  error: AppError | null
  onRetry: () => void
}

/** 我结对的长辈 on 我的: each elder with a phone button; loading, empty and error said in words. */
export function MyEldersCard({ elders, error, onRetry }: MyEldersCardProps) {
  const { confirm, busyFor, confirmed, errors } = useConfirmRelation()
  let body
  if (error) {
    body = (
      <View className="hl-my-elders__state" aria-role="alert">
        <Text className="hl-my-elders__text">{`长辈名单没有加载成功：${error.message}`}</Text>
        <BigButton kind="secondary" onClick={onRetry}>
          重试
        </BigButton>
      </View>
    )
  } else if (!elders) {
    body = <Text className="hl-my-elders__text">正在加载…</Text>
  } else if (!elders.length) {
    body = <Text className="hl-my-elders__text">目前没有结对的长辈。</Text>
  } else {
    body = (
      <>
        <Text className="hl-my-elders__text">组织关系排查期间，电话联系长辈后，可以替长辈确认联系方式有效。</Text>
        {elders.map((elder) => (
          <ElderContactItem
            key={elder.id}
            elder={elder}
            onConfirm={(id) => void confirm(id)}
            confirming={busyFor === elder.id}
            confirmed={Boolean(confirmed[elder.id])}
            error={errors[elder.id]}
          />
        ))}
      </>
    )
  }
  return <Card title="我结对的长辈">{body}</Card>
}
