import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ACTIVITY_MINUTES_PHOTOS_MAX, MEETING_LIST_ITEMS_MAX } from '@core/activities/constants'
import type { MeetingRecordView } from '@core/contract/activities'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../../components/BigButton'
import { Card } from '../../../components/Card'
import { TextAreaField } from '../../../components/FormField'
import { PhotoGrid } from '../../../components/PhotoGrid'
import { PhotoPicker } from '../../../components/PhotoPicker'
import { useRecordForm } from '../../../shared/useRecordForm'
import { useUpload } from '../../../shared/useUpload'
import type { MinutesInput } from './useRegister'
import './MinutesForm.scss'

const LISTS = [
  { key: 'topics', label: '议题', placeholder: '每行一个议题，例如：传达学习上级精神' },
  { key: 'speakers', label: '发言人', placeholder: '每行一位发言人' },
  { key: 'decisions', label: '决定事项', placeholder: '每行一项决定' },
] as const

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/**
 * 会议纪要 of a 三会一课 / 主题党日: 议题, 发言人, 决定事项 (one a line), the text and photos. Once
 * signed off it is shown read-only (`locked`): a change goes through 更正 with a reason.
 */
export function MinutesForm({
  record,
  busy,
  locked = false,
  onSave,
}: {
  record: MeetingRecordView | null
  busy: boolean
  locked?: boolean
  onSave: (input: MinutesInput) => Promise<boolean>
}) {
  // A new record (after a save, or someone else's) refills the form; a reload of the same one does not.
  const { form, set } = useRecordForm(record, {
    versionOf: (saved) => saved.recordedAt,
    formOf: (saved) => ({
      text: saved.text,
      photos: saved.photos,
      topics: saved.topics.join('\n'),
      speakers: saved.speakers.join('\n'),
      decisions: saved.decisions.join('\n'),
    }),
    empty: () => ({ text: '', photos: [] as string[], topics: '', speakers: '', decisions: '' }),
  })
  const [problem, setProblem] = useState<string | null>(null)
  const upload = useUpload('image')

  if (locked && record) return <SignedMinutes record={record} urlOf={upload.urlOf} />

  const tooMany = LISTS.find((list) => lines(form[list.key]).length > MEETING_LIST_ITEMS_MAX)
  const save = async () => {
    if (!form.text.trim()) return setProblem('请填写会议纪要')
    if (tooMany) return setProblem(`${tooMany.label}最多 ${MEETING_LIST_ITEMS_MAX} 条`)
    setProblem(null)
    await onSave({
      text: form.text.trim(),
      photos: form.photos,
      topics: lines(form.topics),
      speakers: lines(form.speakers),
      decisions: lines(form.decisions),
    })
  }
  return (
    <Card title="会议纪要">
      {record ? (
        <Text className="hl-minutes__saved">
          已记录：{record.recordedByName} · {formatBeijing(record.recordedAt)} · 实到 {record.attendeeCount} 人
        </Text>
      ) : null}
      {LISTS.map((list) => (
        <TextAreaField
          key={list.key}
          label={list.label}
          size="short"
          optional
          value={form[list.key]}
          maxLength={4000}
          placeholder={list.placeholder}
          onChange={(next) => set({ [list.key]: next })}
        />
      ))}
      <TextAreaField
        label="会议纪要"
        value={form.text}
        maxLength={5000}
        placeholder="会议议程、学习内容、讨论情况、形成的决定"
        error={problem}
        onChange={(next) => set({ text: next })}
      />
      <PhotoPicker
        value={form.photos}
        onChange={(next) => set({ photos: next })}
        max={ACTIVITY_MINUTES_PHOTOS_MAX}
        label="会议照片"
        upload={upload}
      />
      <View className="hl-minutes__actions">
        <BigButton block busy={busy || undefined} onClick={() => void save()}>
          {record ? '更新会议纪要' : '保存会议纪要'}
        </BigButton>
      </View>
    </Card>
  )
}

function SignedMinutes({ record, urlOf }: { record: MeetingRecordView; urlOf: (fileId: string) => string }) {
  return (
    <Card title="会议纪要（已签字确认）">
      {LISTS.map((list) =>
        record[list.key].length ? (
          <View key={list.key} className="hl-minutes__list">
            <Text className="hl-strong">{list.label}</Text>
            {record[list.key].map((item, i) => (
              <Text key={i} className="hl-minutes__item">
                {i + 1}. {item}
              </Text>
            ))}
          </View>
        ) : null,
      )}
      <Text className="hl-minutes__text">{record.text}</Text>
      <PhotoGrid fileIds={record.photos} urlOf={urlOf} label="会议照片" />
    </Card>
  )
}
