import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { openDocument } from '../../services/storage'
import './AttachmentList.scss'

/** PDF attachments: one big row each; a tap opens the document viewer (or a new tab in H5). */
export function AttachmentList({ attachments }: { attachments: Array<{ fileId: string; name: string }> }) {
  if (!attachments.length) return null
  const open = async (fileId: string) => {
    try {
      await openDocument(fileId)
    } catch (error) {
      void Taro.showToast({ title: error instanceof Error ? error.message : '打开失败，请重试', icon: 'none' })
    }
  }
  return (
    <View className="hl-attachments">
      <Text className="hl-strong">附件</Text>
      {attachments.map((file) => (
        <View
          key={file.fileId}
          className="hl-attachments__item"
          aria-role="button"
          aria-label={`打开附件 ${file.name}`}
          onClick={() => void open(file.fileId)}
        >
          <Text className="hl-attachments__name">📄 {file.name}</Text>
          <Text className="hl-attachments__open">打开</Text>
        </View>
      ))}
    </View>
  )
}
