import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { NeedView, VisitView } from '@core/contract'
import {
  GOODS_TEXT_MAX,
  HELPER_VISIT_KINDS,
  HOME_VISIT_KIND_LABELS,
  HOME_VISIT_KINDS,
  NEED_TAG_LABELS,
  NEED_TAGS,
  NEED_TEXT_MAX,
  VISIT_KIND_LABELS,
  VISIT_KINDS,
  VISIT_TEXT_MAX,
  type HomeVisitKind,
  type VisitKind,
} from '@core/care/constants'
import { beijingDay } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { FormField, PastDateField, TextAreaField } from '../../components/FormField'
import { newAttemptId } from '../../shared/attemptId'
import { ChipGroup, MultiChips } from '../../shared/ChipGroup'
import { SubmitBar } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { useDraft } from '../../shared/useDraft'
import { tagsText, visitKindText } from './labels'
import { useNoticesForElder, useRecordVisit } from './useCare'
import { canAddNeed, checkVisit, emptyVisit, type VisitDraft } from './visitForm'
import './care.scss'

type Outcome = { visit: VisitView; needs: NeedView[]; created: boolean }

/**
 * 记录走访 for one elder: how (上门 / 电话; the branch also 红色家访, 八个到家, 两节慰问), the day, the
 * notices handed over at the door (they count as received), the study material, what the elder said,
 * and their needs with tags. The attempt keeps one request id until it goes through, so a retry after
 * a lost reply is stored once.
 */
export function VisitForm(props: { elderId: string; elderName: string; careKinds: boolean; onRecorded?: () => void }) {
  const today = beijingDay(new Date())
  const { draft, setDraft, change, bind } = useDraft<VisitDraft>(() => emptyVisit(today))
  const [attempt, setAttempt] = useState(newAttemptId)
  const [problem, setProblem] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const notices = useNoticesForElder(props.elderId)
  const { send, busy } = useRecordVisit()
  const kinds = props.careKinds ? VISIT_KINDS : HELPER_VISIT_KINDS

  const submit = async () => {
    const checked = checkVisit(props.elderId, attempt, draft, today)
    if (!checked.request) return setProblem(checked.problem)
    setProblem(null)
    const reply = await send(checked.request)
    if (!reply.ok) return setProblem(reply.error.message)
    setOutcome(reply.data)
    setAttempt(newAttemptId())
    props.onRecorded?.()
  }

  if (outcome) {
    const { visit, needs, created } = outcome
    return (
      <View className="hl-care__done" aria-role="status" data-testid="visit-outcome">
        <Text className="hl-title">{created ? '走访已记录' : '这次走访之前已经记录过了'}</Text>
        <Text className="hl-text">
          {visit.date} {visitKindText(visit)}：{visit.elderName}
        </Text>
        {visit.deliveredNoticeTitles.length ? (
          <Text className="hl-text">已当面送达通知 {visit.deliveredNoticeTitles.length} 条，计为长辈已收到。</Text>
        ) : null}
        {needs.length ? (
          <Text className="hl-text">
            记下的 {needs.length} 条需求已交支部的需求清单
            {needs.some((n) => n.tags.length)
              ? `（${needs
                  .map((n) => tagsText(n.tags))
                  .filter(Boolean)
                  .join('；')}）`
              : ''}
            。
          </Text>
        ) : null}
        <BigButton kind="secondary" block onClick={() => (setOutcome(null), setDraft(emptyVisit(today)), void notices.reload())}>
          再记录一次
        </BigButton>
      </View>
    )
  }

  return (
    <View className="hl-care__form">
      <ChipGroup<VisitKind>
        label="走访方式"
        options={kinds.map((kind) => ({ value: kind, label: VISIT_KIND_LABELS[kind] }))}
        {...bind('kind')}
      />
      {draft.kind === 'eightHome' ? (
        <ChipGroup<HomeVisitKind>
          label="八个到家"
          options={HOME_VISIT_KINDS.map((kind) => ({ value: kind, label: HOME_VISIT_KIND_LABELS[kind] }))}
          value={draft.homeVisitKind as HomeVisitKind}
          onChange={(homeVisitKind) => change({ homeVisitKind })}
        />
      ) : null}
      <PastDateField label="走访日期" {...bind('date')} today={today} />
      <Loaded inline state={notices} empty={(data) => !data.notices.length && { title: '近期没有发给这位长辈的通知' }}>
        {(data) => (
          <MultiChips
            label="当面送达的通知（选填，送达后计为已收到）"
            options={data.notices.map((notice) => ({
              value: notice.id,
              label: notice.received ? `${notice.title}（已收到）` : notice.title,
            }))}
            {...bind('noticeIds')}
          />
        )}
      </Loaded>
      <FormField label="送学材料" optional {...bind('study')} maxLength={60} placeholder="如：《党章》第一章" />
      <TextAreaField label="长辈的情况和意见建议" optional size="short" {...bind('text')} maxLength={VISIT_TEXT_MAX} />
      {draft.kind === 'careGift' ? (
        <>
          <FormField label="慰问品" optional {...bind('goods')} maxLength={GOODS_TEXT_MAX} />
          <FormField label="慰问金（元）" optional type="number" {...bind('money')} />
          <FormField label="同去的人（用顿号隔开）" optional {...bind('companions')} maxLength={80} />
        </>
      ) : null}
      {draft.needs.map((need, index) => (
        <View key={index} className="hl-care__need" data-testid="need-input">
          <TextAreaField
            label={`需求 ${index + 1}`}
            size="short"
            value={need.text}
            maxLength={NEED_TEXT_MAX}
            onChange={(text) => change({ needs: draft.needs.map((n, i) => (i === index ? { ...n, text } : n)) })}
          />
          <MultiChips
            label="这条需求是关于"
            options={NEED_TAGS.map((tag) => ({ value: tag, label: NEED_TAG_LABELS[tag] }))}
            value={need.tags}
            onChange={(tags) => change({ needs: draft.needs.map((n, i) => (i === index ? { ...n, tags } : n)) })}
          />
          <BigButton kind="secondary" onClick={() => change({ needs: draft.needs.filter((_, i) => i !== index) })}>
            删除这条需求
          </BigButton>
        </View>
      ))}
      {canAddNeed(draft) ? (
        <BigButton kind="secondary" block onClick={() => change({ needs: [...draft.needs, { text: '', tags: [] }] })}>
          添加一条需求
        </BigButton>
      ) : null}
      <SubmitBar problem={problem} busy={busy} label="记录走访" onSubmit={submit} />
    </View>
  )
}
