import { Text, View } from '@tarojs/components'
import type { ActivityDetail, ElderSignUpState } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { isFull, MY_STATUS_LABELS } from './labels'
import { useSignUpActions } from './useSignUpActions'
import './SignUpPanel.scss'

/** Codes that close sign-up for everyone, the elder included. */
const CLOSED_FOR_ALL = ['ACTIVITY.CLOSED', 'ACTIVITY.STARTED', 'ACTIVITY.CANCELLED']

function elderStatus(elder: ElderSignUpState): string {
  if (!elder.eligible && !elder.status) return '不在本活动的参加范围内'
  return elder.status ? MY_STATUS_LABELS[elder.status] : '未报名'
}

/** For a helper: each paired elder with 帮（名字）报名 / 候补 / 取消报名 — plain words, the elder named. */
export function ElderSignUps({
  activity,
  onChanged,
  only,
}: {
  activity: ActivityDetail
  onChanged: () => Promise<void>
  /** Opened for one elder (from the helper's elder card): only them, else every paired elder. */
  only?: string
}) {
  const actions = useSignUpActions(activity, onChanged)
  const chosen = only ? activity.elders.filter((elder) => elder.memberId === only) : []
  const elders = chosen.length ? chosen : activity.elders
  if (!elders.length || activity.status === 'cancelled') return null
  const closed = !activity.canSignUp && CLOSED_FOR_ALL.includes(activity.signUpBlockedBy ?? '')
  const full = isFull(activity)
  return (
    <Card title={chosen.length === 1 ? `为${chosen[0].name}报名` : '为结对长辈报名'}>
      {elders.map((elder) => {
        const active = elder.status === 'confirmed' || elder.status === 'waitlisted'
        const busy = actions.busy === elder.memberId || undefined
        return (
          <View key={elder.memberId} className="hl-signup__elder" data-testid="elder-signup">
            <Text className="hl-strong">{elder.name}</Text>
            <Text className="hl-signup__hint">{elderStatus(elder)}</Text>
            {active ? (
              <BigButton
                kind="secondary"
                block
                busy={busy}
                onClick={() =>
                  void actions.cancel({ forMemberId: elder.memberId, forName: elder.name, waitlisted: elder.status === 'waitlisted' })
                }
              >
                {`帮${elder.name}取消报名`}
              </BigButton>
            ) : elder.eligible && !closed ? (
              <BigButton
                block
                busy={busy}
                onClick={() => void actions.signUp({ forMemberId: elder.memberId, forName: elder.name, waitlist: full })}
              >
                {full ? `帮${elder.name}候补` : `帮${elder.name}报名`}
              </BigButton>
            ) : null}
          </View>
        )
      })}
    </Card>
  )
}
