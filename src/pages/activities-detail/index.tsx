import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { ActivityInfo } from '../../features/activities/ActivityInfo'
import { ElderSignUps } from '../../features/activities/ElderSignUps'
import { SignUpPanel } from '../../features/activities/SignUpPanel'
import { useActivityDetail } from '../../features/activities/useActivityDetail'
import { useShowAgain } from '../../shared/useShowAgain'
import { PageRoot } from '../../features/elder/PageRoot'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

/** One activity: everything about it, 报名 / 候补 / 取消, my elders (for a helper), and the organiser's doors. */
export default function ActivityDetailPage() {
  const id = useRouter().params.id || null
  const { activity, error, reload } = useActivityDetail(id)
  usePullToReload(reload)
  useShowAgain(() => void reload())

  if (!id)
    return (
      <PageRoot>
        <PageState kind="empty" title="没有找到这个活动" description="请从活动列表进入。" />
      </PageRoot>
    )
  if (!activity) {
    return (
      <PageRoot>
        {error ? <PageState kind="error" message={error.message} onRetry={() => void reload()} /> : <PageState kind="loading" />}
      </PageRoot>
    )
  }
  const go = (url: string) => void Taro.navigateTo({ url })
  const confirmed = activity.mySignUp?.status === 'confirmed' && !activity.mySignUp.attended
  return (
    <PageRoot>
      {error ? <RefreshFailedNotice error={error} onRetry={() => void reload()} /> : null}
      <ActivityInfo activity={activity} />
      <SignUpPanel activity={activity} onChanged={reload} />
      {confirmed && activity.status === 'published' ? (
        <View className="hl-activity-detail__actions">
          <BigButton kind="secondary" block onClick={() => go(`/pages/activities-checkin/index?id=${activity.id}`)}>
            签到 / 签退
          </BigButton>
        </View>
      ) : null}
      <ElderSignUps activity={activity} onChanged={reload} />
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
        </View>
      ) : null}
    </PageRoot>
  )
}
