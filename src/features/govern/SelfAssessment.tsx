import { useState } from 'react'
import type { EvaluationView } from '@core/contract'
import { SELF_ASSESSMENT_MAX } from '@core/community/evaluation'
import type { Outcome } from '../../shared/outcome'
import { Card } from '../../components/Card'
import { TextAreaField } from '../../components/FormField'
import { SubmitBar } from '../../shared/FormNotice'
import { useProblemLine } from '../../shared/useProblemLine'

/** A subject's own 自评 (not anonymous), editable until the close. */
export function SelfAssessment({
  evaluation,
  busy,
  assess,
}: {
  evaluation: EvaluationView
  busy: boolean
  assess: (text: string) => Promise<Outcome<unknown>>
}) {
  const [text, setText] = useState(evaluation.mySelfAssessment ?? '')
  const { problem, setProblem, settle } = useProblemLine()
  if (!evaluation.isSubject || evaluation.closed) return null
  const onSave = async () => {
    if (text.trim().length < 10) return setProblem('自评至少 10 个字')
    settle(await assess(text.trim()), '自评已保存')
  }
  return (
    <Card title="我的自评">
      <TextAreaField
        label="个人自评"
        hideLabel
        value={text}
        maxLength={SELF_ASSESSMENT_MAX}
        onChange={setText}
        placeholder="一年来的学习、工作和发挥作用情况"
      />
      <SubmitBar problem={problem} busy={busy} label="保存自评" onSubmit={onSave} />
    </Card>
  )
}
