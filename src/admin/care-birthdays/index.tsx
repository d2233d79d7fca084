import { Text } from '@tarojs/components'
import { useState } from 'react'
import type { MemberListItem } from '@core/contract'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { RecordRow } from '../../components/RecordRow'
import { PageRoot } from '../../features/elder/PageRoot'
import { useBirthdays } from '../../features/care/useCare'
import { MemberSearch } from '../../features/study/MemberSearch'
import { ChipGroup } from '../../shared/ChipGroup'
import { SubmitBar } from '../../shared/FormNotice'
import { PageLoaded } from '../../shared/PageLoaded'
import { toastDone } from '../../shared/confirm'

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }))

/** 本月生日 for the 集体生日会, any month; the branch records a member's birthday (MM-DD). */
export default function CareBirthdaysPage() {
  const { month, setMonth, load, save, busy } = useBirthdays()
  const [member, setMember] = useState<MemberListItem | null>(null)
  const [birthday, setBirthdayText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = async () => {
    if (!member) return setProblem('请先查找并选择党员')
    if (!/^\d{2}-\d{2}$/.test(birthday.trim())) return setProblem('生日请按 月-日 填写，如 03-15')
    const outcome = await save(member.id, birthday.trim())
    if (!outcome.ok) return setProblem(outcome.error.message)
    setProblem(null)
    toastDone('生日已登记')
  }
  return (
    <PageRoot>
      <PageLoaded state={load}>
        {(data) => (
          <Card title={`${data.month}月过生日的人`}>
            <ChipGroup label="月份" options={MONTHS} value={String(month ?? data.month)} onChange={(m) => setMonth(Number(m))} />
            {data.items.length ? (
              data.items.map((person) => (
                <RecordRow
                  key={person.id}
                  testId="birthday-person"
                  title={person.name}
                  lines={[`${person.birthday.replace('-', '月')}日${person.age ? ` · ${person.age} 岁` : ''}`, person.building]}
                />
              ))
            ) : (
              <Text className="hl-text">这个月没有登记生日的人。</Text>
            )}
          </Card>
        )}
      </PageLoaded>
      <Card title="登记生日">
        <MemberSearch value={member?.id ?? null} onChange={setMember} />
        <FormField label="生日（月-日）" value={birthday} maxLength={5} placeholder="03-15" onChange={setBirthdayText} />
        <SubmitBar problem={problem} busy={busy} label="登记生日" onSubmit={submit} />
      </Card>
    </PageRoot>
  )
}
