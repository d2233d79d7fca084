import { useRef } from 'react'
import type { EvaluationKind } from '@core/community/evaluation'
import { createEvaluation } from '../../../services/govern'
import { newAttemptId } from '../../../shared/attemptId'
import { useFormSubmit } from '../../../shared/useFormSubmit'

/** 发起民主评议 for the branch I manage (or one of its groups): kind, title, closing day. */
export function useCreateEvaluation(orgId: string | null, initialDay: string, onDone: () => void) {
  const requestId = useRef(newAttemptId())
  return useFormSubmit<'kind' | 'title' | 'closesDay', unknown>({
    initial: { kind: 'members', title: `${initialDay.slice(0, 4)}年度民主评议党员`, closesDay: initialDay },
    required: { title: '请填写评议名称' },
    send: (values) =>
      createEvaluation({
        requestId: requestId.current,
        kind: values.kind as EvaluationKind,
        orgId: orgId ?? '',
        title: values.title,
        closesAt: `${values.closesDay}T20:00:00+08:00`,
      }),
    onSuccess: () => {
      requestId.current = newAttemptId()
      onDone()
    },
  })
}
