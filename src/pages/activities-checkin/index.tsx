import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { CAN_SCAN } from '../../features/activities/platform'
import { activityTime } from '../../features/activities/labels'
import { useActivityDetail } from '../../features/activities/useActivityDetail'
import { useCheckIn, type CheckInMode } from '../../features/activities/useCheckIn'
import { useMyActivities } from '../../features/activities/useMyActivities'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import './index.scss'
import { useRouteId } from '../../shared/useRouteId'

const MODES = [
  { value: 'in' as const, label: '签到' },
  { value: 'out' as const, label: '签退' },
]

/** 签到签退: scan the organiser's QR (WeChat) or type its 6 digits; the activity comes from the QR or the page. */
export default function CheckInPage() {
  const routeId = useRouteId()
  const [chosenId, setChosenId] = useState<string | null>(routeId)
  const [mode, setMode] = useState<CheckInMode>('in')
  const [code, setCode] = useState('')
  const checkIn = useCheckIn()
  // Opened for one activity (from its page or its QR): say which, so nobody checks in to the wrong one.
  const named = useActivityDetail(routeId)
  // Without an activity in the address (opened from 我的), choose among my upcoming sign-ups.
  const mine = useMyActivities('upcoming')
  const choices = routeId ? [] : mine.list.items.map((item) => ({ value: item.activity.id, label: item.activity.title }))
  const activityId = chosenId ?? (choices.length === 1 ? choices[0].value : null)

  const submit = async () => {
    if (!activityId) return
    if ((await checkIn.submit(activityId, mode, code)).ok) setCode('')
  }

  return (
    <PageRoot>
      {named.activity ? (
        <View className="hl-checkin__which" data-testid="checkin-activity">
          <Text className="hl-title" aria-role="heading">
            {named.activity.title}
          </Text>
          <Text className="hl-note">{`${activityTime(named.activity.startAt, named.activity.endAt)} · ${named.activity.place}`}</Text>
        </View>
      ) : null}
      {!routeId ? (
        <Loaded
          inline
          list={mine.list}
          footer={false}
          loadingText="正在加载我报名的活动…"
          empty={{ title: '您没有待参加的活动', description: '请先在「活动」里报名。' }}
        >
          {() => <ChipGroup label="哪个活动" options={choices} value={activityId ?? ''} onChange={setChosenId} />}
        </Loaded>
      ) : null}
      <ChipGroup
        label="我要"
        options={MODES}
        value={mode}
        onChange={(value) => {
          setMode(value)
          checkIn.clear()
        }}
      />
      {CAN_SCAN ? (
        <View className="hl-checkin__scan">
          <BigButton
            block
            busy={checkIn.busy || undefined}
            onClick={() => void checkIn.scan().then((scanned) => scanned && setMode(scanned.mode))}
          >
            扫码{mode === 'in' ? '签到' : '签退'}
          </BigButton>
        </View>
      ) : null}
      <Card title={CAN_SCAN ? '也可以输入签到码' : `输入${mode === 'in' ? '签到' : '签退'}码`}>
        <FormField
          label="6 位数字"
          type="number"
          maxLength={6}
          value={code}
          onChange={setCode}
          placeholder="组织者屏幕上的数字"
          onConfirm={() => void submit()}
        />
        <BigButton block disabled={!activityId || undefined} busy={checkIn.busy || undefined} onClick={() => void submit()}>
          {mode === 'in' ? '签到' : '签退'}
        </BigButton>
      </Card>
      {checkIn.result ? (
        <View
          className={checkIn.result.ok ? 'hl-checkin__result' : 'hl-checkin__result hl-checkin__result--problem'}
          aria-role="alert"
          data-testid="checkin-result"
        >
          <Text className="hl-title">
            {checkIn.result.ok ? '✓ ' : '⚠ '}
            {checkIn.result.title}
          </Text>
          <Text className="hl-checkin__result-text">{checkIn.result.text}</Text>
        </View>
      ) : null}
    </PageRoot>
  )
}
