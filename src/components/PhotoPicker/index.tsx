import { Button, Image, Text, View } from '@tarojs/components'
import './index.scss'

/** How photos are chosen, uploaded and shown: `useUpload('image')` from shared/ is one. */
export interface PhotoUploader {
  uploading: boolean
  /** Up to `count` newly uploaded photos ([] when none: closed, or a failure it has already said). */
  pick: (count: number) => Promise<Array<{ fileId: string }>>
  urlOf: (fileId: string) => string
}

export interface PhotoPickerProps {
  /** Uploaded file ids, in order. */
  value: string[]
  onChange: (fileIds: string[]) => void
  max: number
  /** What the photos are, e.g. 现场照片. */
  label: string
  upload: PhotoUploader
}

/**
 * Choose and upload up to `max` photos. Each photo is uploaded when chosen; the form saves only the
 * file ids, so a failed upload never leaves a half record.
 */
export function PhotoPicker({ value, onChange, max, label, upload }: PhotoPickerProps) {
  async function add() {
    const uploaded = await upload.pick(max - value.length)
    if (uploaded.length) onChange([...value, ...uploaded.map((file) => file.fileId)].slice(0, max))
  }

  return (
    <View className="hl-photo-picker">
      <Text className="hl-photo-picker__label">
        {label}（{value.length}/{max}）
      </Text>
      <View className="hl-photo-picker__grid">
        {value.map((fileId, index) => (
          <View key={fileId} className="hl-photo-picker__item">
            <Image className="hl-photo-picker__image" src={upload.urlOf(fileId)} mode="aspectFill" ariaLabel={`${label} ${index + 1}`} />
            <Button
              className="hl-photo-picker__remove"
              ariaLabel={`删除第 ${index + 1} 张`}
              onClick={() => onChange(value.filter((id) => id !== fileId))}
            >
              ×
            </Button>
          </View>
        ))}
        {value.length < max ? (
          // `disabled={false}` still renders a disabled attribute in Taro H5 (greyed to near-white): pass undefined.
          <Button className="hl-photo-picker__add" disabled={upload.uploading || undefined} onClick={() => void add()}>
            {upload.uploading ? '上传中…' : '+ 添加照片'}
          </Button>
        ) : null}
      </View>
    </View>
  )
}
