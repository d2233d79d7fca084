import type { NoticeDetail } from '@core/contract'
import { PhotoGrid } from '../../components/PhotoGrid'
import { fileUrl } from '../../services/storage'
import { AttachmentList } from './AttachmentList'

/** Under a notice's text: its pictures (tap to enlarge) and its PDF attachments. */
export function NoticeFiles({ notice }: { notice: Pick<NoticeDetail, 'images' | 'attachments'> }) {
  return (
    <>
      <PhotoGrid fileIds={notice.images} label="通知图片" urlOf={fileUrl} />
      <AttachmentList attachments={notice.attachments} />
    </>
  )
}
