import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

export interface PhotoGridProps {
  fileIds: readonly string[]
  /** A URL an <Image> can show for a stored file (`useUpload(…).urlOf`, or the storage service's). */
  urlOf: (fileId: string) => string
  /** Shown to screen readers for each photo, e.g. 活动照片. */
  label: string
  /** A word over each photo (e.g. 审核中), by index; also read with its label. */
  marks?: readonly string[]
}

/** Stored photos as tappable thumbnails; a tap opens the full-size viewer. */
export function PhotoGrid({ fileIds, label, urlOf, marks }: PhotoGridProps) {
  if (!fileIds.length) return null
  const urls = fileIds.map(urlOf)
  return (
    <View className="hl-photo-grid">
      {urls.map((url, index) => {
        const mark = marks?.[index]
        const image = (
          <Image
            key={fileIds[index]}
            className="hl-photo-grid__item"
            src={url}
            mode="aspectFill"
            ariaLabel={`${label} ${index + 1}${mark ? `（${mark}）` : ''}`}
            onClick={() => void Taro.previewImage({ urls, current: url })}
          />
        )
        if (!mark) return image
        return (
          <View key={fileIds[index]} className="hl-photo-grid__marked">
            {image}
            <Text className="hl-photo-grid__mark">{mark}</Text>
          </View>
        )
      })}
    </View>
  )
}
