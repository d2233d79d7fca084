import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { EvaluationView } from '@core/contract'
import { GRADE_LABELS, GRADES, type Grade } from '@core/community/evaluation'
import type { Outcome } from '../../shared/outcome'
import { Card } from '../../components/Card'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction, toastDone } from '../../shared/confirm'
import { SubmitBar } from '../../shared/FormNotice'
import './govern.scss'

const OPTIONS = GRADES.map((value) => ({ value, label: GRADE_LABELS[value] }))

interface Props {
  evaluation: EvaluationView
  grades: Record<string, Grade>
  setGrade: (personId: string, grade: Grade) => void
  busy: boolean
  cast: () => Promise<Outcome<unknown>>
}

/** The anonymous ballot: a grade for every subject (oneself too), sent once after a confirmation. */
export function EvaluationBallot({ evaluation, grades, setGrade, busy, cast }: Props) {
  const [problem, setProblem] = useState<string | null>(null)
  const missing = evaluation.subjects.filter((s) => !grades[s.personId]).length
  const onCast = async () => {
    if (missing) return setProblem(`还有 ${missing} 位没有选择等次`)
    if (!(await confirmAction('提交评议', '评议是匿名的：选票不记录投票人。每人只能提交一次，提交后不能修改。', '提交'))) return
    const outcome = await cast()
    if (outcome.ok) toastDone('已匿名提交')
    else setProblem(outcome.error.message)
  }
  if (!evaluation.canVote)
    return (
      <Card title="我的评议">
        <Text className="hl-govern__text">
          {evaluation.voted ? '您已匿名提交评议，谢谢参与。' : evaluation.closed ? '评议已结束。' : '您不在本次评议的投票范围内。'}
        </Text>
      </Card>
    )
  return (
    <Card title="匿名评议">
      <Text className="hl-govern__muted">
        {`请为每一位评议对象${evaluation.isSubject ? '（包括您自己）' : ''}选择等次。选票不记录投票人，任何人都看不到单张选票。`}
      </Text>
      {evaluation.subjects.map((subject) => (
        <View key={subject.personId} className="hl-govern__option">
          <ChipGroup
            label={subject.name}
            options={OPTIONS}
            value={grades[subject.personId] ?? ('' as Grade)}
            onChange={(grade) => setGrade(subject.personId, grade)}
          />
          {subject.selfAssessment ? <Text className="hl-govern__muted">{`自评：${subject.selfAssessment}`}</Text> : null}
        </View>
      ))}
      <SubmitBar problem={problem} busy={busy} label="匿名提交" onSubmit={onCast} />
    </Card>
  )
}
