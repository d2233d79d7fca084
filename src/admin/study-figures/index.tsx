import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { BarChart } from '../../components/BarChart'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { minutesText } from '../../features/study/labels'
import { StudyPersonRow } from '../../features/study/StudyPersonRow'
import { useAssignedMaterials, useStudyFigures } from '../../features/study/useStudyFigures'
import { ChipGroup } from '../../shared/ChipGroup'
import { Loaded } from '../../shared/Loaded'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

const hoursText = (hours: number) => `${hours} 学时`

/**
 * 学习情况: 学时 this year against the target (32 / 56), self study and 送学, the below-target list
 * with each elder's helper, and the assigned materials (each opens who has not studied it). The
 * committee sees one row per branch and can open a branch; a secretary sees their own.
 */
export default function StudyFiguresPage() {
  const params = useRouter().params
  const [orgId, setOrgId] = useState<string>(params.orgId ?? '')
  const [belowOnly, setBelowOnly] = useState(params.all !== '1')
  const [branches, setBranches] = useState<Array<{ value: string; label: string }>>([])
  const { summary, list } = useStudyFigures(orgId || null, belowOnly)
  const materials = useAssignedMaterials(orgId || null)
  const rows = summary.data?.branches
  // The committee's first answer lists the branches; they stay as choices while one branch is open.
  useEffect(() => {
    if (rows?.length && !branches.length) setBranches(rows.map((b) => ({ value: b.orgId, label: b.name })))
  }, [rows, branches.length])

  return (
    <PageRoot>
      {branches.length ? (
        <ChipGroup label="范围" options={[{ value: '', label: '全社区' }, ...branches]} value={orgId} onChange={setOrgId} />
      ) : null}
      <Loaded state={summary}>
        {(data) => (
          <>
            <Card title={`${data.org.name} · ${data.year} 年学时`}>
              <View className="hl-study-figures__numbers" data-testid="figures-totals">
                <Text className="hl-title">
                  党员 {data.totals.members} 人，人均 {data.totals.meanHours} 学时
                </Text>
                <Text className="hl-title">未达标 {data.totals.belowTarget} 人</Text>
                <Text className="hl-note">
                  自学 {minutesText(data.totals.selfMinutes)} · 送学 {minutesText(data.totals.deliveryMinutes)}
                  {data.totals.remoteMinutes ? ` · 其中远程 ${minutesText(data.totals.remoteMinutes)}` : ''}
                </Text>
                <Text className="hl-note">
                  年度目标：{data.targets.map((t) => `${t.label} ${t.hours} 学时`).join('，')}（1 学时 = {data.minutesPerHour} 分钟）
                </Text>
              </View>
            </Card>
            {data.branches.length ? (
              <Card title="各支部人均学时">
                <BarChart
                  title="各支部人均学时与党员目标"
                  series={[{ label: '人均' }]}
                  rows={data.branches.map((b) => ({
                    label: b.name,
                    values: [b.meanHours],
                    target: data.targets[data.targets.length - 1].hours,
                    note: `未达标 ${b.belowTarget} / ${b.members} 人`,
                  }))}
                  format={hoursText}
                  testId="figures-branches"
                />
              </Card>
            ) : null}
            <Card title="自学与送学">
              <BarChart
                title="本年度自学与送学时长"
                series={[{ label: '时长', tone: 'red' }]}
                rows={[
                  { label: '自学', values: [data.totals.selfMinutes] },
                  { label: '送学（上门、电话、远程）', values: [data.totals.deliveryMinutes] },
                ]}
                format={minutesText}
              />
            </Card>
          </>
        )}
      </Loaded>
      <Card title="指派的学习资料">
        <Loaded inline state={materials} empty={(data) => (data.items.length ? false : { title: '还没有指派学习资料。' })}>
          {(data) =>
            data.items.map((item) => (
              <View key={item.materialId} className="hl-study-row" data-testid="assigned-material">
                <Text className="hl-strong">{item.title}</Text>
                <Text className="hl-note">
                  截止 {item.dueDate} · {item.targets.join('、')}
                </Text>
                <BigButton
                  kind="secondary"
                  onClick={() =>
                    void Taro.navigateTo({
                      url: `/admin/study-material-stats/index?id=${item.materialId}${orgId ? `&orgId=${orgId}` : ''}`,
                    })
                  }
                >
                  看谁还没学
                </BigButton>
              </View>
            ))
          }
        </Loaded>
      </Card>
      <ChipGroup
        label="名单"
        options={[
          { value: 'below', label: '未达标' },
          { value: 'all', label: '全部党员' },
        ]}
        value={belowOnly ? 'below' : 'all'}
        onChange={(value) => setBelowOnly(value === 'below')}
      />
      <Card title={belowOnly ? '未达到年度目标的党员' : '全部党员'}>
        <PageLoaded inline list={list} empty={{ title: belowOnly ? '大家都达到年度目标了。' : '没有党员。' }}>
          {(people) =>
            people.map((person) => (
              <StudyPersonRow
                key={person.memberId}
                person={person}
                testId="figures-member"
                tags={person.belowTarget ? <Tag tone="red">未达标</Tag> : <Tag>已达标</Tag>}
                figures={`${person.hours} / ${person.targetHours} 学时（${person.targetLabel}）· 自学 ${minutesText(person.selfMinutes)} · 送学 ${minutesText(person.deliveryMinutes)}`}
                extra={
                  person.remoteMinutes ? (
                    <Text className="hl-note" data-testid="figures-remote">
                      <Tag tone="gold">远程</Tag> 远程参加学习会等 {minutesText(person.remoteMinutes)}
                    </Text>
                  ) : null
                }
              />
            ))
          }
        </PageLoaded>
      </Card>
    </PageRoot>
  )
}
