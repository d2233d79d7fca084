import { Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ACTIVITY_MINUTES_PHOTOS_MAX, type MeetingRecordView } from '@core/contract/activities'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../../components/BigButton'
import { Card } from '../../../components/Card'
import { PhotoPicker } from '../../../components/PhotoPicker'
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
  const [text, setText] = useState(record?.text ?? '')
  const [photos, setPhotos] = useState<string[]>(record?.photos ?? [])
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (record) {
      setText(record.text)
      setPhotos(record.photos)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refill the form only when another version arrives, not on every reload
  }, [record?.recordedAt])

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
      <Textarea
        className="hl-minutes__text"
        value={text}
        maxlength={5000}
        autoHeight
        aria-label="会议纪要"
        placeholder="会议议程、学习内容、讨论情况、形成的决定"
        onInput={(event) => setText(event.detail.value)}
      />
      {problem ? <Text className="hl-minutes__problem">⚠ {problem}</Text> : null}
      <PhotoPicker value={photos} onChange={setPhotos} max={ACTIVITY_MINUTES_PHOTOS_MAX} label="会议照片" />
      <View className="hl-minutes__actions">
        <BigButton block busy={busy || undefined} onClick={() => void save()}>
          {record ? '更新会议纪要' : '保存会议纪要'}
        </BigButton>
      </View>
    </Card>
  )
}
