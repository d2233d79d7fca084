import { Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { BarChart } from '../../components/BarChart'
import { Card } from '../../components/Card'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { kindLabel, minutesText } from '../../features/study/labels'
import { StudyPersonRow } from '../../features/study/StudyPersonRow'
import { useMaterialStudyStats, type MaterialStateFilter } from '../../features/study/useStudyFigures'
import { ChipGroup } from '../../shared/ChipGroup'
import { Loaded } from '../../shared/Loaded'
import { PageLoaded } from '../../shared/PageLoaded'

const STATE_OPTIONS: Array<{ value: MaterialStateFilter; label: string }> = [
  { value: 'notStudied', label: '未学' },
  { value: 'late', label: '逾期才学' },
  { value: 'onTime', label: '按时学习' },
  { value: 'all', label: '全部' },
]
const STATE_WORDS = { notStudied: '未学', late: '逾期才学', onTime: '按时学习' } as const
const people = (n: number) => `${n} 人`

/** One assigned material: who it reaches, who studied it by the due date, later, or not yet (paged, with helpers). */
export default function MaterialStudyStatsPage() {
  const params = useRouter().params
  const [state, setState] = useState<MaterialStateFilter>('notStudied')
  const { summary, list } = useMaterialStudyStats(params.id || null, params.orgId || null, state)

  return (
    <PageRoot>
      <Loaded state={summary} missing={{ title: '没有指定学习资料' }}>
        {(data) => (
          <Card title={data.material.title}>
            <Text className="hl-note">
              {kindLabel(data.material.kind)} · 截止 {data.dueDate}
            </Text>
            <BarChart
              title={`应学 ${data.assigned} 人的学习情况`}
              series={[{ label: '人数' }]}
              rows={[
                { label: '截止前已学', values: [data.onTime] },
                { label: '逾期才学', values: [data.late] },
                { label: '还没有学', values: [data.notStudied] },
              ]}
              format={people}
              testId="material-stats-chart"
            />
            <Text className="hl-title" data-testid="material-stats-numbers">
              应学 {data.assigned} 人 · 已学 {data.onTime + data.late} 人 · 未学 {data.notStudied} 人
            </Text>
          </Card>
        )}
      </Loaded>
      <ChipGroup label="名单" options={STATE_OPTIONS} value={state} onChange={setState} />
      <Card title={`${STATE_OPTIONS.find((o) => o.value === state)!.label}的党员`}>
        <PageLoaded inline list={list} empty={{ title: state === 'notStudied' ? '大家都学过了。' : '没有人。' }}>
          {(items) =>
            items.map((person) => (
              <StudyPersonRow
                key={person.memberId}
                person={person}
                testId="material-person"
                tags={<Tag tone={person.state === 'onTime' ? 'neutral' : 'red'}>{STATE_WORDS[person.state]}</Tag>}
                figures={
                  (person.studiedMinutes ? `已学 ${minutesText(person.studiedMinutes)}` : '还没有学习记录') +
                  (person.firstDay ? ` · ${person.firstDay} 开始` : '')
                }
              />
            ))
          }
        </PageLoaded>
      </Card>
    </PageRoot>
  )
}
