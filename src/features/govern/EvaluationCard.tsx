import type { EvaluationView } from '@core/contract'
import { EVALUATION_KIND_LABELS, GRADE_LABELS, GRADES, RATER_GROUP_LABELS, type GradeCounts } from '@core/community/evaluation'
import { formatBeijing } from '@core/time'
import { InfoRow } from '../../components/InfoRow'
import { CardLink } from '../../components/PageLink'
import { Tag } from '../../components/Tag'
import { View } from '@tarojs/components'

export const countsText = (counts: GradeCounts) => GRADES.map((g) => `${GRADE_LABELS[g]} ${counts[g]}`).join(' · ')

const ratersText = (counts: EvaluationView['raterCounts']) =>
  ['本支部党员', counts.residents ? `居民代表 ${counts.residents} 人` : '', counts.partners ? `共建单位代表 ${counts.partners} 人` : '']
    .filter(Boolean)
    .join(' · ')

/** A campaign: kind, branch, closing time, and (after the close) turnout. Tapping opens it unless `full`. */
export function EvaluationCard({ evaluation, full, href }: { evaluation: EvaluationView; full?: boolean; href?: string }) {
  const body = (
    <>
      <View>
        <Tag tone={evaluation.closed ? 'neutral' : 'red'}>{evaluation.closed ? '已结束' : '进行中'}</Tag>
        <Tag>{EVALUATION_KIND_LABELS[evaluation.kind]}</Tag>
        {evaluation.voted ? <Tag tone="gold">已参加</Tag> : null}
      </View>
      <InfoRow label="支部">{evaluation.orgName}</InfoRow>
      <InfoRow label="截止">{formatBeijing(evaluation.closesAt)}</InfoRow>
      <InfoRow label="评议对象">{`${evaluation.subjects.length} 人`}</InfoRow>
      {evaluation.raterCounts.residents || evaluation.raterCounts.partners ? (
        <InfoRow label="评议人">{ratersText(evaluation.raterCounts)}</InfoRow>
      ) : null}
      {evaluation.myGroup && evaluation.myGroup !== 'members' ? (
        <InfoRow label="我的身份">{RATER_GROUP_LABELS[evaluation.myGroup]}</InfoRow>
      ) : null}
      {evaluation.turnout !== null ? <InfoRow label="参评">{`${evaluation.turnout} / ${evaluation.eligible} 人`}</InfoRow> : null}
      {evaluation.myResult ? <InfoRow label="我的结果">{countsText(evaluation.myResult)}</InfoRow> : null}
    </>
  )
  return (
    <CardLink title={evaluation.title} url={full ? null : (href ?? `/pages/community-evaluation/index?id=${evaluation.id}`)}>
      {body}
    </CardLink>
  )
}
