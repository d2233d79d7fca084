import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

export interface PhotoGridProps {
  fileIds: readonly string[]
  /** A URL an <Image> can show for a stored file (`useUpload(…).urlOf`, or the storage service's). */
  urlOf: (fileId: string) => string
  /** Shown to screen readers for each photo, e.g. 活动照片. */
  label: string
}

/** Stored photos as tappable thumbnails; a tap opens the full-size viewer. */
export function PhotoGrid({ fileIds, label, urlOf }: PhotoGridProps) {
  if (!fileIds.length) return null
  const urls = fileIds.map(urlOf)
  return (
    <View className="hl-photo-grid">
      {urls.map((url, index) => (
        <Image
          key={fileIds[index]}
          className="hl-photo-grid__item"
          src={url}
          mode="aspectFill"
          ariaLabel={`${label} ${index + 1}`}
          onClick={() => void Taro.previewImage({ urls, current: url })}
        />
      ))}
    </View>
  )
}
