import { useRef } from 'react'
import type { ManagedNoticeItem, NoticeDetail, NoticeFields } from '@core/contract'
import type { Reply } from '@core/envelope'
import { fetchManagedNotices, fetchReadStats, openNotice, publishNotice, updateNotice, withdrawNotice } from '../../services/notices'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk } from '../../shared/outcome'
import { useRecordEditor } from '../../shared/useRecordEditor'
import { usePagedList, usePagedListWithSummary } from '../../shared/usePagedList'
import { emptyNoticeForm, formFromNotice } from './noticeForm'

/** Notices the caller manages (published or withdrawn). */
export function useManagedNotices(status: 'published' | 'withdrawn') {
  return usePagedList<ManagedNoticeItem>(`managed:${status}`, (cursor) => fetchManagedNotices(cursor ? { status, cursor } : { status }))
}

/** Publish a new notice or edit / withdraw an existing one (`id` null: new). Writes answer the notice's id. */
export function useNoticeEditor(id: string | null) {
  const editor = useRecordEditor(id, {
    load: openNotice,
    recordOf: (data) => data.notice,
    formOf: formFromNotice,
    empty: () => emptyNoticeForm('org'),
    titles: { create: '发布通知', edit: '修改通知' },
  })
  // A retried publish (a lost reply) is the same notice.
  const draftId = useRef(newAttemptId())
  const notice = editor.record
  const written = async (reply: Promise<Reply<{ notice: NoticeDetail }>>) => afterOk(await reply, (data) => data.notice.id)

  return {
    ...editor,
    notice,
    save: (fields: NoticeFields) =>
      written(
        editor.writeRecord(() =>
          notice
            ? updateNotice({ noticeId: notice.id, version: notice.version, fields })
            : publishNotice({ draftId: draftId.current, fields }),
        ),
      ),
    withdraw: () => written(editor.writeRecord(() => withdrawNotice(notice?.id ?? ''))),
  }
}

/**
 * Read statistics of one notice: the counts (from the first page, shaped as a load for `<Loaded>`),
 * then more of who has not read.
 */
export function useReadStats(noticeId: string | null) {
  return usePagedListWithSummary(
    noticeId ? `stats:${noticeId}` : null,
    (cursor) => fetchReadStats(noticeId ?? '', cursor),
    ({ unread, nextCursor: _next, ...summary }) => ({ items: unread, summary }),
  )
}
