import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { MEETING_KINDS } from '@core/activities/constants'
import type { ActivityDetail } from '@core/contract'
import { ActivityInfo } from '../../features/activities/ActivityInfo'
import { ElderSignUps } from '../../features/activities/ElderSignUps'
import { LeaveCard } from '../../features/activities/LeaveCard'
import { RemoteMeetings } from '../../features/activities/RemoteMeetings'
import { SignUpPanel } from '../../features/activities/SignUpPanel'
import { useActivityDetail } from '../../features/activities/useActivityDetail'
import { useShowAgain } from '../../shared/useShowAgain'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

/** One activity: everything about it, 报名 / 候补 / 取消, my elders (for a helper), and the organiser's doors. */
export default function ActivityDetailPage() {
  const params = useRouter().params
  const id = params.id || null
  /** Opened for one paired elder (from the helper's elder card): only they are offered. */
  const forPersonId = params.forPersonId || undefined
  const detail = useActivityDetail(id)
  useShowAgain(() => void detail.reload())
  return (
    <PageRoot>
      <PageLoaded state={detail} missing={{ title: '没有找到这个活动', description: '请从活动列表进入。' }}>
        {(activity) => <ActivityDetailView activity={activity} onChanged={detail.reload} forPersonId={forPersonId} />}
      </PageLoaded>
    </PageRoot>
  )
}

function ActivityDetailView({
  activity,
  onChanged,
  forPersonId,
}: {
  activity: ActivityDetail
  onChanged: () => Promise<void>
  forPersonId?: string
}) {
  const go = (url: string) => void Taro.navigateTo({ url })
  const confirmed = activity.mySignUp?.status === 'confirmed' && !activity.mySignUp.attended
  return (
    <>
      <ActivityInfo activity={activity} />
      <SignUpPanel activity={activity} onChanged={onChanged} />
      {confirmed && activity.status === 'published' ? (
        <View className="hl-activity-detail__actions">
          <BigButton kind="secondary" block onClick={() => go(`/pages/activities-checkin/index?id=${activity.id}`)}>
            签到 / 签退
          </BigButton>
        </View>
      ) : null}
      <ElderSignUps activity={activity} onChanged={onChanged} only={forPersonId} />
      {MEETING_KINDS.includes(activity.kind) && activity.status === 'published' ? (
        <>
          <RemoteMeetings activityId={activity.id} />
          <LeaveCard activityId={activity.id} />
        </>
      ) : null}
      {activity.canManage ? (
        <View className="hl-activity-detail__actions">
          <BigButton kind="secondary" block onClick={() => go(`/admin/activities-edit/index?id=${activity.id}`)}>
            修改活动
          </BigButton>
          <BigButton kind="secondary" block onClick={() => go(`/admin/activities-code/index?id=${activity.id}`)}>
            显示签到码
          </BigButton>
          <BigButton kind="secondary" block onClick={() => go(`/admin/activities-attendance/index?id=${activity.id}`)}>
            出勤名单
          </BigButton>
          {MEETING_KINDS.includes(activity.kind) ? (
            <BigButton kind="secondary" block onClick={() => go(`/admin/activities-register/index?id=${activity.id}`)}>
              三会一课登记
            </BigButton>
          ) : null}
        </View>
      ) : null}
    </>
  )
}
