import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { openDocument } from '../../services/storage'

/** 打开 PDF in the mini-program: download it and open WeChat's document viewer (H5: PdfLink.h5.tsx, a link). */
export function PdfLink({ fileId, onOpen }: { fileId: string; onOpen: () => void }) {
  const open = async () => {
    onOpen()
    try {
      await openDocument(fileId)
    } catch (error) {
      void Taro.showToast({ title: error instanceof Error ? error.message : '打开失败，请重试', icon: 'none' })
    }
  }
  return (
    <BigButton block kind="secondary" onClick={() => void open()}>
      ▣ 打开 PDF 阅读
    </BigButton>
  )
}
