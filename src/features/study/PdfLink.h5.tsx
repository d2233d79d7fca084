import { fileUrl } from '../../services/storage'
import '../../components/BigButton/index.scss'
import './PdfLink.h5.scss'

/** 打开 PDF in the browser: a real link to the file, opened in a new tab by the browser's own viewer. */
export function PdfLink({ fileId, onOpen }: { fileId: string; onOpen: () => void }) {
  return (
    <a
      className="hl-button hl-button--secondary hl-button--block hl-pdf-link"
      href={fileUrl(fileId)}
      target="_blank"
      rel="noopener noreferrer"
      onClick={onOpen}
    >
      ▣ 打开 PDF 阅读
    </a>
  )
}
