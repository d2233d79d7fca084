import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ACTIVITY_MINUTES_PHOTOS_MAX } from '@core/activities/constants'
import type { MeetingRecordView } from '@core/contract/activities'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../../components/BigButton'
import { Card } from '../../../components/Card'
import { TextAreaField } from '../../../components/FormField'
import { PhotoPicker } from '../../../components/PhotoPicker'
import { useRecordForm } from '../../../shared/useRecordForm'
import { useUpload } from '../../../shared/useUpload'
import './MinutesForm.scss'

/** 会议纪要 of a 三会一课 / 主题党日: text and photos; the attendance list is recorded with it. */
export function MinutesForm({
  record,
  busy,
  onSave,
}: {
  record: MeetingRecordView | null
  busy: boolean
  onSave: (text: string, photos: string[]) => Promise<boolean>
}) {
  // A new record (after a save, or someone else's) refills the form; a reload of the same one does not.
  const { form, set } = useRecordForm(record, {
    versionOf: (saved) => saved.recordedAt,
    formOf: (saved) => ({ text: saved.text, photos: saved.photos }),
    empty: () => ({ text: '', photos: [] as string[] }),
  })
  const { text, photos } = form
  const [problem, setProblem] = useState<string | null>(null)
  const upload = useUpload('image')

  const save = async () => {
    if (!text.trim()) return setProblem('请填写会议纪要')
    setProblem(null)
    await onSave(text.trim(), photos)
  }
  return (
    <Card title="会议纪要">
      {record ? (
        <Text className="hl-minutes__saved">
          已记录：{record.recordedByName} · {formatBeijing(record.recordedAt)} · 出席 {record.attendeeCount} 人
        </Text>
      ) : null}
      <TextAreaField
        label="会议纪要"
        hideLabel
        value={text}
        maxLength={5000}
        placeholder="会议议程、学习内容、讨论情况、形成的决定"
        error={problem}
        onChange={(next) => set({ text: next })}
      />
      <PhotoPicker
        value={photos}
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
