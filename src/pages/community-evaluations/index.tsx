import { PageRoot } from '../../features/elder/PageRoot'
import { EvaluationCard } from '../../features/govern/EvaluationCard'
import { useEvaluationList } from '../../features/govern/useEvaluations'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import { useShowAgain } from '../../shared/useShowAgain'

function EvaluationList() {
  const list = useEvaluationList()
  usePullToReload(list.reload)
  useShowAgain(() => void list.reload())
  return (
    <PageRoot>
      <Loaded
        state={list}
        empty={(items) =>
          !items.length && {
            title: '目前没有民主评议',
            description: '支部发起评议后会显示在这里；居民被指定为居民代表或共建单位代表后，述职评议也会显示在这里。',
          }
        }
      >
        {(items) => items.map((item) => <EvaluationCard key={item.id} evaluation={item} />)}
      </Loaded>
    </PageRoot>
  )
}

/** 民主评议: the campaigns of my branch, and 述职评议 naming me as a 居民代表 or a partner unit's representative (anonymous ballots; results after the close). */
export default gatedPage('evaluation', 'signedUp', EvaluationList)
