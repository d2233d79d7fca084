import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { fileUrl, pickAndUpload } from '../../services/storage'
import './index.scss'

export interface PhotoPickerProps {
  /** Uploaded file ids, in order. */
  value: string[]
  onChange: (fileIds: string[]) => void
  max: number
  /** What the photos are, e.g. 现场照片. */
  label: string
}

/**
 * Choose and upload up to `max` photos. Each photo is uploaded when chosen; the form saves only the
 * file ids, so a failed upload never leaves a half record.
 */
export function PhotoPicker({ value, onChange, max, label }: PhotoPickerProps) {
  const [uploading, setUploading] = useState(false)

  async function add() {
    setUploading(true)
    try {
      const uploaded = await pickAndUpload('image', max - value.length)
      if (uploaded.length) onChange([...value, ...uploaded.map((file) => file.fileId)].slice(0, max))
    } catch (error) {
      void Taro.showToast({ title: error instanceof Error ? error.message : '上传失败，请重试', icon: 'none' })
    } finally {
      setUploading(false)
    }
  }

  return (
    <View className="hl-photo-picker">
      <Text className="hl-photo-picker__label">
        {label}（{value.length}/{max}）
      </Text>
      <View className="hl-photo-picker__grid">
        {value.map((fileId, index) => (
          <View key={fileId} className="hl-photo-picker__item">
            <Image className="hl-photo-picker__image" src={fileUrl(fileId)} mode="aspectFill" ariaLabel={`${label} ${index + 1}`} />
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
          <Button className="hl-photo-picker__add" disabled={uploading} onClick={() => void add()}>
            {uploading ? '上传中…' : '+ 添加照片'}
          </Button>
        ) : null}
      </View>
    </View>
  )
}
