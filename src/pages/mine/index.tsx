import type { MeResponse } from '@core/contract'
import { MineSection as ActivitiesMineSection } from '../../features/activities/MineSection'
import { MineSection as CareMineSection } from '../../features/care/MineSection'
import { MineSection as CommunityMineSection } from '../../features/community/MineSection'
import { ManagerEntry } from '../../features/workbench/ManagerEntry'
import { BindingEntryCard } from '../../features/binding/BindingEntryCard'
import { BindingStatusCard } from '../../features/binding/BindingStatusCard'
import { visibleBindingRequest } from '../../features/binding/visibleBindingRequest'
import { ElderModeSetting } from '../../features/elder/ElderModeSetting'
import { PageRoot } from '../../features/elder/PageRoot'
import { ProfileCard } from '../../features/members/ProfileCard'
import { useMe } from '../../features/members/useMe'
import { MineSection as NoticesMineSection } from '../../features/notices/MineSection'
import { VisitorChoices } from '../../features/onboarding/VisitorChoices'
import { MyEldersCard } from '../../features/pairing/MyEldersCard'
import { useMyElders } from '../../features/pairing/useMyElders'
import { MineSection as PointsMineSection } from '../../features/points/MineSection'
import { ContactEditor } from '../../features/profile/ContactEditor'
import { RankingOptOutSetting } from '../../features/profile/RankingOptOutSetting'
import { RelationCheckCard } from '../../features/relation/RelationCheckCard'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import { MineSection as StudyMineSection } from '../../features/study/MineSection'

export default function MinePage() {
  const me = useMe()
  const { data, reload } = me
  const elders = useMyElders(Boolean(data?.pairing?.elderCount))
  usePullToReload(async () => {
    await Promise.all([reload(), elders.reload()])
  })

  return (
    <PageRoot>
      <Loaded state={me}>
        {(person) => (
          <>
            <ProfileCard me={person} />
            <PersonalSections me={person} />
            <ActivitiesMineSection me={person} />
            <PointsMineSection me={person} />
            <CommunityMineSection me={person} />
            <CareMineSection me={person} />
            <StudyMineSection me={person} />
            <NoticesMineSection me={person} />
            {person.pairing?.elderCount ? (
              <MyEldersCard elders={elders.elders} error={elders.error} onRetry={() => void elders.reload()} />
            ) : null}
            <ManagerEntry />
          </>
        )}
      </Loaded>
      {/* The switch works even when the profile could not be loaded. */}
      <ElderModeSetting />
    </PageRoot>
  )
}

/** What the person can do about themselves, by where they stand. */
function PersonalSections({ me }: { me: MeResponse }) {
  const request = visibleBindingRequest(me)
  return (
    <>
      {request ? <BindingStatusCard request={request} /> : null}
      {me.role === 'visitor' && request?.status !== 'pending' ? <VisitorChoices /> : null}
      {me.role === 'resident' && !request ? <BindingEntryCard /> : null}
      {me.pendingRelationCheck ? <RelationCheckCard check={me.pendingRelationCheck} /> : null}
      {me.role !== 'visitor' ? <ContactEditor me={me} /> : null}
      {me.role !== 'visitor' ? <RankingOptOutSetting me={me} /> : null}
    </>
  )
}
