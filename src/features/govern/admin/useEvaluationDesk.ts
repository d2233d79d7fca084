import { useRef } from 'react'
import type { EvaluationKind } from '@core/community/evaluation'
import { createEvaluation, fetchEvaluationRaterChoices } from '../../../services/govern'
import { newAttemptId } from '../../../shared/attemptId'
import { useFormSubmit } from '../../../shared/useFormSubmit'
import { useLoad } from '../../../shared/useLoad'

/** Ids kept in a form value as one comma-separated string. */
export const idsOf = (value: string) => value.split(',').filter(Boolean)

/**
 * 发起民主评议 for the branch I manage (or one of its groups): kind, title, closing day; a 述职评议
 * also names 居民代表 and includes partner units (their representatives rate).
 */
export function useCreateEvaluation(orgId: string | null, initialDay: string, onDone: () => void) {
  const requestId = useRef(newAttemptId())
  return useFormSubmit<'kind' | 'title' | 'closesDay' | 'residentIds' | 'partnerUnitIds', unknown>({
    initial: {
      kind: 'members',
      title: `${initialDay.slice(0, 4)}年度民主评议党员`,
      closesDay: initialDay,
      residentIds: '',
      partnerUnitIds: '',
    },
    required: { title: '请填写评议名称' },
    send: (values) => {
      const report = values.kind === 'report'
      return createEvaluation({
        requestId: requestId.current,
        kind: values.kind as EvaluationKind,
        orgId: orgId ?? '',
        title: values.title,
        closesAt: `${values.closesDay}T20:00:00+08:00`,
        residentIds: report ? idsOf(values.residentIds) : [],
        partnerUnitIds: report ? idsOf(values.partnerUnitIds) : [],
      })
    },
    onSuccess: () => {
      requestId.current = newAttemptId()
      onDone()
    },
  })
}

/** Whom a 述职评议 of the org may name: residents of its buildings, partner units with a representative. */
export function useRaterChoices(orgId: string | null, wanted: boolean) {
  return useLoad(orgId && wanted ? `evaluation-raters:${orgId}` : null, () => fetchEvaluationRaterChoices(orgId ?? ''))
}
