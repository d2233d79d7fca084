import { Button, Text, View } from '@tarojs/components'
import { useUpload } from '../../shared/useUpload'
import './AttachmentList.scss'

/** Choose and upload PDF attachments; only uploaded file ids reach the form (no half records). */
export function AttachmentPicker(props: {
  value: Array<{ fileId: string; name: string }>
  onChange: (value: Array<{ fileId: string; name: string }>) => void
  max: number
}) {
  const { uploading, pick } = useUpload('pdf')
  const add = async () => {
    const files = await pick(props.max - props.value.length)
    if (files.length)
      props.onChange([...props.value, ...files.map((file) => ({ fileId: file.fileId, name: file.name.slice(0, 80) }))].slice(0, props.max))
  }
  return (
    <View className="hl-attachments">
      <Text className="hl-strong">
        PDF 附件（{props.value.length}/{props.max}）
      </Text>
      {props.value.map((file) => (
        <View key={file.fileId} className="hl-attachments__item">
          <Text className="hl-attachments__name">📄 {file.name}</Text>
          <Button
            className="hl-attachments__remove"
            ariaLabel={`删除附件 ${file.name}`}
            onClick={() => props.onChange(props.value.filter((f) => f.fileId !== file.fileId))}
          >
            删除
          </Button>
        </View>
      ))}
      {props.value.length < props.max ? (
        <Button className="hl-attachments__add" disabled={uploading || undefined} onClick={() => void add()}>
          {uploading ? '上传中…' : '+ 添加 PDF'}
        </Button>
      ) : null}
    </View>
  )
}
