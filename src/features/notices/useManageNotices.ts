import { useRef, useState } from 'react'
import type { ManagedNoticeItem, NoticeFields, ReadStatsResponse, UnreadPerson } from '@core/contract'
import type { AppError } from '@core/errors'
import { fetchManagedNotices, fetchReadStats, openNotice, publishNotice, updateNotice, withdrawNotice } from '../../services/notices'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { newDraftId } from './noticeForm'

/** Notices the caller manages (published or withdrawn). */
export function useManagedNotices(status: 'published' | 'withdrawn') {
  return usePagedList<ManagedNoticeItem>(`managed:${status}`, (cursor) => fetchManagedNotices(cursor ? { status, cursor } : { status }))
}

export type WriteOutcome = { ok: true; id: string } | { ok: false; error: AppError }

/** Publish a new notice or edit / withdraw an existing one (`id` null: new). */
export function useNoticeEditor(id: string | null) {
  const loaded = useLoad(id, () => openNotice(id ?? ''))
  const draftId = useRef(newDraftId())
  const [busy, setBusy] = useState(false)
  const notice = loaded.data?.notice ?? null

  const run = async (send: () => ReturnType<typeof publishNotice>): Promise<WriteOutcome> => {
    setBusy(true)
    const reply = await send()
    setBusy(false)
    if (!reply.ok) return { ok: false, error: reply.error }
    loaded.setData(reply.data)
    return { ok: true, id: reply.data.notice.id }
  }

  return {
    notice,
    loading: id !== null && loaded.loading,
    error: loaded.error,
    reload: loaded.reload,
    busy,
    save: (fields: NoticeFields) =>
      run(() =>
        notice
          ? updateNotice({ noticeId: notice.id, version: notice.version, fields })
          : publishNotice({ draftId: draftId.current, fields }),
      ),
    withdraw: () => run(() => withdrawNotice(notice?.id ?? '')),
  }
}

/** Read statistics of one notice: the counts from the first page, then more of who has not read. */
export function useReadStats(noticeId: string | null) {
  const [summary, setSummary] = useState<Omit<ReadStatsResponse, 'unread' | 'nextCursor'> | null>(null)
  const list = usePagedList<UnreadPerson>(noticeId ? `stats:${noticeId}` : null, async (cursor) => {
    const reply = await fetchReadStats(noticeId ?? '', cursor)
    if (!reply.ok) return reply
    if (!cursor)
      setSummary({ noticeId: reply.data.noticeId, title: reply.data.title, audienceSize: reply.data.audienceSize, read: reply.data.read })
    return { ok: true, data: { items: reply.data.unread, nextCursor: reply.data.nextCursor } }
  })
  return { summary, list }
}
