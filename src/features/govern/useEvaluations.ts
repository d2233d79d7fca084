import { useState } from 'react'
import type { Grade } from '@core/community/evaluation'
import {
  castEvaluation,
  closeEvaluation,
  fetchEvaluation,
  fetchEvaluationResults,
  fetchEvaluations,
  selfAssess,
} from '../../services/govern'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'

/** The 民主评议 I may take part in (managers: the ones they manage). */
export function useEvaluationList() {
  return useLoad('evaluations', async () => afterOk(await fetchEvaluations(), (data) => data.items))
}

/** One campaign: my grades (sent once, anonymously), my self-assessment; for managers close and results. */
export function useEvaluation(campaignId: string | null) {
  const evaluation = useLoad(campaignId ? `evaluation:${campaignId}` : null, async () =>
    afterOk(await fetchEvaluation(campaignId ?? ''), (data) => data.evaluation),
  )
  const view = evaluation.data
  const results = useLoad(view?.manages && view.closed ? `evaluation-results:${view.id}` : null, () =>
    fetchEvaluationResults(campaignId ?? ''),
  )
  const [grades, setGrades] = useState<Record<string, Grade>>({})
  const write = useWrite()
  const setGrade = (personId: string, grade: Grade) => setGrades((current) => ({ ...current, [personId]: grade }))
  const cast = () =>
    write.run(
      async () =>
        afterOk(
          await castEvaluation({
            campaignId: campaignId ?? '',
            grades: Object.entries(grades).map(([personId, grade]) => ({ personId, grade })),
          }),
          (data) => evaluation.setData(data.evaluation),
        ),
      'cast',
    )
  const assess = (text: string) =>
    write.run(async () => afterOk(await selfAssess(campaignId ?? '', text), (data) => evaluation.setData(data.evaluation)), 'self')
  const close = () =>
    write.run(async () => afterOk(await closeEvaluation(campaignId ?? ''), (data) => evaluation.setData(data.evaluation)), 'close')
  return { evaluation, results, grades, setGrade, cast, assess, close, busyWith: write.busyWith }
}
