import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { FILE_KINDS } from '@core/files'
import { useUpload } from '../../shared/useUpload'
import { KIND_ICONS } from './labels'
import '../notices/AttachmentList.scss'

/**
 * One audio or PDF file of a material: choose and upload; only the uploaded file id reaches the form,
 * so a failed upload leaves nothing half-saved.
 */
export function FileField(props: {
  kind: 'audio' | 'pdf'
  value: string | null
  onChange: (fileId: string | null) => void
  required?: boolean
}) {
  const { uploading, pick } = useUpload(props.kind)
  const [name, setName] = useState<string | null>(null)
  const label = FILE_KINDS[props.kind].label
  const add = async () => {
    const [file] = await pick(1)
    if (file) {
      props.onChange(file.fileId)
      setName(file.name)
    }
  }
  return (
    <View className="hl-attachments">
      <Text className="hl-strong">
        {label}
        {props.required ? '（必填）' : '（选填）'}：{FILE_KINDS[props.kind].extensions.join('、')}，不超过{' '}
        {FILE_KINDS[props.kind].maxBytes / 1024 / 1024}MB
      </Text>
      {props.value ? (
        <View className="hl-attachments__item">
          <Text className="hl-attachments__name">
            {KIND_ICONS[props.kind]} {name ?? `已上传的${label}`}
          </Text>
          <Button className="hl-attachments__remove" ariaLabel={`删除${label}`} onClick={() => props.onChange(null)}>
            删除
          </Button>
        </View>
      ) : null}
      <Button className="hl-attachments__add" disabled={uploading || undefined} onClick={() => void add()}>
        {uploading ? '上传中…' : props.value ? `更换${label}` : `+ 上传${label}`}
      </Button>
    </View>
  )
}
