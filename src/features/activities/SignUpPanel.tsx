import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ActivityDetail } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { codeMessage, isFull, signUpStatusText } from './labels'
import { BINDING_PAGE, REGISTER_PAGE } from '../onboarding/VisitorChoices'
import { formatMinutes } from '../points/labels'
import { ASKS_FOR_REMINDER } from './platform'
import { cancelUntil, cancelUntilText, useSignUpActions } from './useSignUpActions'
import './SignUpPanel.scss'

/** 提醒我 where the platform cannot ask by itself (H5): a big tickable line, never colour alone. */
export function RemindChoice({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return (
    <View className="hl-signup__remind" aria-role="checkbox" aria-checked={value} onClick={() => onChange(!value)}>
      <Text className="hl-signup__box">{value ? '☑' : '☐'}</Text>
      <Text>提醒我（活动开始前发消息）</Text>
    </View>
  )
}

/**
 * 我的报名 on an activity: one tap to sign up; when full, 加入候补; my status (已报名, 候补第 n 位,
 * 已签到 …, who signed me up); 取消报名 with a confirmation until the cancellation deadline.
 */
export function SignUpPanel({
  activity,
  onChanged,
  now = Date.now(),
}: {
  activity: ActivityDetail
  onChanged: () => Promise<void>
  now?: number
}) {
  const actions = useSignUpActions(activity, onChanged)
  const [remind, setRemind] = useState(true)
  const busy = actions.busy === 'me' || undefined

  if (activity.status === 'cancelled') {
    return (
      <Card title="报名">
        <Text className="hl-signup__closed" aria-role="alert">
          活动已取消{activity.cancelReason ? `：${activity.cancelReason}` : ''}
        </Text>
      </Card>
    )
  }

  const mine = activity.mySignUp && activity.mySignUp.status !== 'cancelled' ? activity.mySignUp : null
  if (mine) {
    const waitlisted = mine.status === 'waitlisted'
    const canCancel = !mine.checkedInAt && !mine.attended
    const deadlinePassed = Date.parse(cancelUntil(activity)) <= now
    return (
      <Card
        title="我的报名"
        extra={
          <View className="hl-signup__status">
            <Tag tone={waitlisted ? 'gold' : 'red'}>{signUpStatusText(mine)}</Tag>
          </View>
        }
      >
        {waitlisted ? (
          <Text className="hl-text">名额已满，您在候补第 {mine.waitlistPosition ?? 1} 位。有人取消时按顺序递补，并会通知您。</Text>
        ) : null}
        {mine.actedByName ? <Text className="hl-text">由 {mine.actedByName} 代报名</Text> : null}
        <InfoRow label="报名时间">{formatBeijing(mine.signedUpAt)}</InfoRow>
        {mine.checkedInAt ? <InfoRow label="签到">{formatBeijing(mine.checkedInAt)}</InfoRow> : null}
        {mine.checkedOutAt ? <InfoRow label="签退">{formatBeijing(mine.checkedOutAt)}</InfoRow> : null}
        {mine.attended ? (
          <InfoRow label="已记录">
            志愿时长 {formatMinutes(mine.creditedMinutes)} · 积分 +{mine.creditedPoints}
          </InfoRow>
        ) : null}
        {mine.remind ? <Text className="hl-signup__hint">开始前会提醒您</Text> : null}
        {canCancel ? (
          deadlinePassed ? (
            <Text className="hl-signup__hint">已过取消截止时间，如需请假请联系组织者</Text>
          ) : (
            <View className="hl-signup__actions">
              <Text className="hl-signup__hint">{cancelUntilText(activity)}</Text>
              <BigButton kind="secondary" block busy={busy} onClick={() => void actions.cancel({ waitlisted })}>
                {waitlisted ? '取消候补' : '取消报名'}
              </BigButton>
            </View>
          )
        ) : null}
      </Card>
    )
  }

  const full = isFull(activity)
  const blockedBy = activity.canSignUp ? null : activity.signUpBlockedBy
  if (blockedBy === 'ACTIVITY.REGISTER_FIRST') {
    return (
      <Card title="报名">
        <Text className="hl-signup__closed">{codeMessage(blockedBy)}</Text>
        <View className="hl-signup__actions">
          <BigButton block onClick={() => void Taro.navigateTo({ url: REGISTER_PAGE })}>
            登记为居民
          </BigButton>
          <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: BINDING_PAGE })}>
            我是党员，申请绑定
          </BigButton>
        </View>
      </Card>
    )
  }
  if (blockedBy && blockedBy !== 'ACTIVITY.FULL') {
    return (
      <Card title="报名">
        <Text className="hl-signup__closed">{codeMessage(blockedBy)}</Text>
      </Card>
    )
  }
  const waitlist = full || blockedBy === 'ACTIVITY.FULL'
  return (
    <Card title="报名">
      {activity.mySignUp?.status === 'cancelled' ? <Text className="hl-signup__hint">您已取消过报名，可以重新报名。</Text> : null}
      {waitlist ? (
        <Text className="hl-text">
          名额已满{activity.waitlistCount ? `，已有 ${activity.waitlistCount} 人候补` : ''}
          。可以加入候补：有人取消时按顺序递补，并会通知您。
        </Text>
      ) : null}
      {ASKS_FOR_REMINDER ? null : <RemindChoice value={remind} onChange={setRemind} />}
      <BigButton block busy={busy} onClick={() => void actions.signUp({ waitlist, remindChoice: remind })}>
        {waitlist ? '加入候补' : '报名'}
      </BigButton>
    </Card>
  )
}
