import { MY_ACTIVITY_TABS } from '@core/activities/constants'
import type { MySignUpItem } from '@core/contract/activities'
import { ActivityCard } from '../../features/activities/ActivityCard'
import { signUpStatusText } from '../../features/activities/labels'
import { MY_TAB_LABELS, useMyActivities } from '../../features/activities/useMyActivities'
import { ChipGroup } from '../../shared/ChipGroup'
import { useShowAgain } from '../../shared/useShowAgain'
import { PageRoot } from '../../features/elder/PageRoot'
import { formatMinutes } from '../../features/points/labels'
import { PageLoaded } from '../../shared/PageLoaded'
import { gatedPage } from '../../features/onboarding/RoleGate'

const EMPTY: Record<string, string> = {
  upcoming: '没有待参加的活动',
  waitlisted: '没有候补中的活动',
  attended: '还没有参加过活动',
  cancelled: '没有取消的报名',
}

/** What the row says under the activity: 候补第 2 位 / 由 X 代报名 / 志愿时长 2 小时 · 积分 +10. */
function rowNote({ signUp }: MySignUpItem): string {
  const parts = [signUpStatusText(signUp)]
  if (signUp.attended) parts.push(`志愿时长 ${formatMinutes(signUp.creditedMinutes)}`, `积分 +${signUp.creditedPoints}`)
  if (signUp.actedByName) parts.push(`由 ${signUp.actedByName} 代报名`)
  return parts.join(' · ')
}

/** 我的活动: 待参加 / 候补 / 已参加 (minutes and points) / 已取消. */
function MyActivitiesPageContent() {
  const { tab, setTab, list } = useMyActivities()
  useShowAgain(() => void list.reload())

  return (
    <PageRoot>
      <ChipGroup
        label="我的活动"
        options={MY_ACTIVITY_TABS.map((value) => ({ value, label: MY_TAB_LABELS[value] }))}
        value={tab}
        onChange={setTab}
      />
      <PageLoaded list={list} empty={{ title: EMPTY[tab], description: '在「活动」里报名后会显示在这里。' }}>
        {(items) => items.map((item) => <ActivityCard key={item.signUp.id} item={item.activity} extra={rowNote(item)} />)}
      </PageLoaded>
    </PageRoot>
  )
}

export default gatedPage('activities', 'signedUp', MyActivitiesPageContent)
