import { MEETING_KINDS } from '@core/activities/constants'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { useManagedActivities, type ManagedStatus } from '../../features/activities/admin/useManagedActivities'
import { ACTIVITY_KIND_LABELS, activityTime, seatsText } from '../../features/activities/labels'
import { ChipGroup } from '../../shared/ChipGroup'
import { useShowAgain } from '../../shared/useShowAgain'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

const STATUS_OPTIONS: Array<{ value: ManagedStatus; label: string }> = [
  { value: 'upcoming', label: '未结束' },
  { value: 'past', label: '已结束' },
  { value: 'cancelled', label: '已取消' },
]

const EMPTY: Record<ManagedStatus, string> = { upcoming: '没有未结束的活动', past: '没有已结束的活动', cancelled: '没有取消的活动' }

/** 活动管理: my activities, and from each: 修改, 签到码, 出勤名单. */
export default function ActivitiesManagePage() {
  const { status, setStatus, list } = useManagedActivities()
  const me = useMe()
  useShowAgain(() => void list.reload())
  const go = (url: string) => void Taro.navigateTo({ url })

  const rows = (items: typeof list.items) =>
    items.map((item) => (
      <RecordRow
        key={item.id}
        testId="managed-activity"
        tags={
          <>
            <Tag tone="red">{ACTIVITY_KIND_LABELS[item.kind]}</Tag>
            {item.status === 'cancelled' ? <Tag>已取消</Tag> : null}
          </>
        }
        title={item.title}
        lines={[`${activityTime(item.startAt, item.endAt)} · ${item.place}`, `${seatsText(item)} · ${item.audience.label}`]}
        actions={
          <>
            <BigButton kind="secondary" onClick={() => go(`/admin/activities-edit/index?id=${item.id}`)}>
              {item.status === 'cancelled' ? '查看' : '修改'}
            </BigButton>
            {item.status === 'published' ? (
              <>
                <BigButton kind="secondary" onClick={() => go(`/admin/activities-code/index?id=${item.id}`)}>
                  签到码
                </BigButton>
                <BigButton kind="secondary" onClick={() => go(`/admin/activities-attendance/index?id=${item.id}`)}>
                  出勤
                </BigButton>
                {MEETING_KINDS.includes(item.kind) ? (
                  <BigButton kind="secondary" onClick={() => go(`/admin/activities-register/index?id=${item.id}`)}>
                    登记
                  </BigButton>
                ) : null}
              </>
            ) : null}
          </>
        }
      />
    ))

  return (
    <PageRoot>
      <View className="hl-activities-manage__top">
        <BigButton block onClick={() => go('/admin/activities-edit/index')}>
          发布新活动
        </BigButton>
        <BigButton kind="secondary" block onClick={() => go('/admin/activities-stats/index')}>
          活动统计
        </BigButton>
        {me.data?.role === 'admin' ? (
          <BigButton kind="secondary" block onClick={() => go('/admin/activities-outbox/index')}>
            提醒发件箱
          </BigButton>
        ) : null}
      </View>
      <ChipGroup label="显示" options={STATUS_OPTIONS} value={status} onChange={setStatus} />
      <PageLoaded list={list} empty={{ title: EMPTY[status] }}>
        {rows}
      </PageLoaded>
    </PageRoot>
  )
}
