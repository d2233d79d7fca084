import { HomeSection as ActivitiesHomeSection } from '../../features/activities/HomeSection'
import { HomeSection as CommunityHomeSection } from '../../features/community/HomeSection'
import { BindingStatusCard } from '../../features/binding/BindingStatusCard'
import { usePendingBindingCount } from '../../features/binding/pendingCountStore'
import { visibleBindingRequest } from '../../features/binding/visibleBindingRequest'
import { SwitchIdentityLink } from '../../features/devAuth/SwitchIdentityLink'
import { ElderHome } from '../../features/elder/ElderHome'
import { useElderMode } from '../../features/elder/ElderModeContext'
import { PageRoot } from '../../features/elder/PageRoot'
import { describeMe } from '../../features/members/describeMe'
import { GreetingBanner } from '../../features/members/GreetingBanner'
import { IdentityCard } from '../../features/members/IdentityCard'
import { useMe } from '../../features/members/useMe'
import { HomeSection as NoticesHomeSection } from '../../features/notices/HomeSection'
import { VisitorChoices } from '../../features/onboarding/VisitorChoices'
import { HomeSection as PointsHomeSection } from '../../features/points/HomeSection'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import { HomeSection as StudyHomeSection } from '../../features/study/HomeSection'
import { TodoCard } from '../../features/workbench/TodoCard'
import { useTodoCounts } from '../../features/workbench/useTodoCounts'
import { useShowAgain } from '../../shared/useShowAgain'

export default function HomePage() {
  const me = useMe()
  const { data, reload } = me
  const { elder } = useElderMode()
  const manages = data?.role === 'secretary' || data?.role === 'admin'
  const pending = usePendingBindingCount(manages)
  const todo = useTodoCounts(manages)
  const reloadTodo = () => Promise.all([pending.reload(), todo.reload()])
  usePullToReload(async () => {
    await Promise.all([reload(), manages ? reloadTodo() : null])
  })
  // Back from handling something: count again.
  useShowAgain(() => {
    if (manages) void reloadTodo()
  })

  return (
    <PageRoot>
      <Loaded state={me}>
        {(person) => {
          // 长辈模式: four big buttons instead of the cards (visitors keep the normal page to register).
          if (elder && person.person) return <ElderHome me={person} />
          const summary = describeMe(person)
          const request = visibleBindingRequest(person)
          return (
            <>
              <GreetingBanner summary={summary} />
              {manages ? (
                <TodoCard
                  lines={todo.lines}
                  bindings={pending}
                  loading={todo.loading}
                  failed={todo.failed || (pending.error !== null && pending.count === null)}
                  onRetry={() => void reloadTodo()}
                />
              ) : null}
              {request ? <BindingStatusCard request={request} /> : null}
              <IdentityCard me={person} summary={summary} />
              {person.role === 'visitor' && request?.status !== 'pending' ? <VisitorChoices /> : null}
              <NoticesHomeSection me={person} />
              <ActivitiesHomeSection me={person} />
              <StudyHomeSection me={person} />
              <PointsHomeSection me={person} />
              <CommunityHomeSection me={person} />
            </>
          )
        }}
      </Loaded>
      <SwitchIdentityLink />
    </PageRoot>
  )
}
