import { Text, View } from '@tarojs/components'
import { EVALUATION_KIND_LABELS, EVALUATION_KINDS, GROUP_MIN, RATER_GROUP_LABELS, type EvaluationKind } from '@core/community/evaluation'
import { beijingDayBefore } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { DateField, FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { RaterPicker } from '../../features/govern/admin/RaterPicker'
import { useCreateEvaluation } from '../../features/govern/admin/useEvaluationDesk'
import { countsText, EvaluationCard } from '../../features/govern/EvaluationCard'
import { useEvaluation, useEvaluationList } from '../../features/govern/useEvaluations'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction, toastDone } from '../../shared/confirm'
import { FormNotice } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import { useRouteId } from '../../shared/useRouteId'

const KINDS = EVALUATION_KINDS.map((value) => ({ value, label: EVALUATION_KIND_LABELS[value] }))

function CreateEvaluation({ onCreated }: { onCreated: () => void }) {
  const me = useMe()
  const form = useCreateEvaluation(me.data?.scope?.id ?? null, beijingDayBefore(new Date(), -14), () => {
    toastDone('评议已发起')
    onCreated()
  })
  return (
    <Card title={`发起民主评议（${me.data?.scope?.name ?? '本支部'}）`}>
      <ChipGroup label="类型" options={KINDS} value={form.values.kind as EvaluationKind} onChange={(kind) => form.setField('kind', kind)} />
      <FormField label="评议名称" maxLength={40} {...form.field('title')} />
      {form.values.kind === 'report' ? (
        <RaterPicker
          orgId={me.data?.scope?.id ?? null}
          residentIds={form.values.residentIds}
          partnerUnitIds={form.values.partnerUnitIds}
          onChange={form.setField}
          errors={form.errors.fields}
        />
      ) : null}
      <DateField
        label="结束日期（当天 20:00 结束）"
        value={form.values.closesDay}
        start={beijingDayBefore(new Date(), -1)}
        end={beijingDayBefore(new Date(), -59)}
        onChange={(day) => form.setField('closesDay', day)}
      />
      <FormNotice message={form.errors.general} />
      <BigButton block busy={form.busy} onClick={() => void form.submit()}>
        发起评议
      </BigButton>
    </Card>
  )
}

/** One campaign for its managers: 结束评议 (asked first), then each subject's counts and the turnout — never a ballot. */
function CampaignDesk({ id }: { id: string }) {
  const { evaluation, results, close, busyWith } = useEvaluation(id)
  const onClose = async () => {
    if (!(await confirmAction('结束评议', '结束后不能再投票，将统计结果。确定结束吗？', '结束'))) return
    const outcome = await close()
    if (outcome.ok) toastDone('评议已结束')
  }
  return (
    <Loaded state={evaluation}>
      {(data) => (
        <>
          <EvaluationCard evaluation={data} full />
          {!data.closed ? (
            <View className="hl-govern__actions">
              <BigButton kind="secondary" block busy={busyWith === 'close'} onClick={() => void onClose()}>
                结束评议
              </BigButton>
            </View>
          ) : (
            <Card title="评议结果">
              <Loaded state={results} inline>
                {(r) => (
                  <>
                    <Text className="hl-govern__muted">{`参评 ${r.turnout} / ${r.eligible} 人（参评率 ${r.eligible ? Math.round((r.turnout * 100) / r.eligible) : 0}%）`}</Text>
                    {r.groups.map((g) => (
                      <InfoRow key={g.group} label={RATER_GROUP_LABELS[g.group]}>
                        {`参评 ${g.turnout} / ${g.eligible} 人 · 单列 ${g.ballots} 票`}
                      </InfoRow>
                    ))}
                    {r.rows.map((row) => (
                      <View key={row.personId}>
                        <InfoRow label={row.name}>{`合计：${countsText(row.counts)}`}</InfoRow>
                        {r.groups.map((g) =>
                          row.byGroup[g.group] ? (
                            <InfoRow key={g.group} label={`${row.name} · ${RATER_GROUP_LABELS[g.group]}`}>
                              {countsText(row.byGroup[g.group]!)}
                            </InfoRow>
                          ) : null,
                        )}
                      </View>
                    ))}
                    {r.groups.length ? (
                      <Text className="hl-govern__muted">{`为不暴露人数少的一组的投票人，每组前 ${GROUP_MIN - 1} 张选票只计入合计，自第 ${GROUP_MIN} 张起按党员、居民代表、共建单位代表单列。`}</Text>
                    ) : null}
                  </>
                )}
              </Loaded>
            </Card>
          )}
        </>
      )}
    </Loaded>
  )
}

/** 民主评议管理: 发起 for my branch (a 述职评议 names 居民代表 and partner units); each campaign's close and results. */
export default function EvaluationDeskPage() {
  const id = useRouteId()
  const list = useEvaluationList()
  usePullToReload(list.reload)
  if (id)
    return (
      <PageRoot>
        <CampaignDesk id={id} />
      </PageRoot>
    )
  return (
    <PageRoot>
      <CreateEvaluation onCreated={() => void list.reload()} />
      <Loaded state={list} empty={(items) => !items.length && { title: '还没有发起评议' }}>
        {(items) =>
          items.map((item) => <EvaluationCard key={item.id} evaluation={item} href={`/admin/community-evaluations/index?id=${item.id}`} />)
        }
      </Loaded>
    </PageRoot>
  )
}
