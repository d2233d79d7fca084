import { PageRoot } from '../../features/elder/PageRoot'
import { EvaluationBallot } from '../../features/govern/EvaluationBallot'
import { EvaluationCard } from '../../features/govern/EvaluationCard'
import { SelfAssessment } from '../../features/govern/SelfAssessment'
import { useEvaluation } from '../../features/govern/useEvaluations'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { PageLoaded } from '../../shared/PageLoaded'
import { useRouteId } from '../../shared/useRouteId'

function Evaluation() {
  const { evaluation, grades, setGrade, cast, assess, busyWith } = useEvaluation(useRouteId())
  return (
    <PageRoot>
      <PageLoaded state={evaluation} missing={{ title: '没有找到这次评议', description: '请从民主评议进入。' }}>
        {(data) => (
          <>
            <EvaluationCard evaluation={data} full />
            <SelfAssessment evaluation={data} busy={busyWith === 'self'} assess={assess} />
            <EvaluationBallot evaluation={data} grades={grades} setGrade={setGrade} busy={busyWith === 'cast'} cast={cast} />
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}

/** One 民主评议: the subjects and their 自评, my anonymous ballot, my own result after the close. */
export default gatedPage('evaluation', 'signedUp', Evaluation)
