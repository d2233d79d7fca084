import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TicketView } from '@core/contract'
import { TICKET_MAX_PHOTOS } from '@core/community/constants'
import type { Outcome } from '../../../shared/outcome'
import { BigButton } from '../../../components/BigButton'
import { Card } from '../../../components/Card'
import { FormField, TextAreaField } from '../../../components/FormField'
import { PhotoPicker } from '../../../components/PhotoPicker'
import { ChipGroup, optionsOf } from '../../../shared/ChipGroup'
import { confirmAction } from '../../../shared/confirm'
import { FormNotice } from '../../../shared/FormNotice'
import { useProblemLine } from '../../../shared/useProblemLine'
import { useUpload } from '../../../shared/useUpload'
import { useMemberSearch } from './useTicketDesk'
import '../community.scss'

type Handler = { kind: 'unit'; name: string } | { kind: 'person'; memberId: string }

interface Props {
  ticket: TicketView
  busyWith: string | null
  accept: (handler: Handler, note: string) => Promise<Outcome<unknown>>
  progress: (text: string) => Promise<Outcome<unknown>>
  close: (result: string, photos: string[]) => Promise<Outcome<unknown>>
}

/** The desk's steps for one ticket: 受理并交办 (a partner unit or a member), 记录进展, 办结. */
/** Who a ticket is handed to: a 共建单位 by name, or a member picked from the roster. */
const ASSIGNEE_KINDS = { unit: '共建单位', person: '党员' }

export function TicketSteps({ ticket, busyWith, accept, progress, close }: Props) {
  const [kind, setKind] = useState<keyof typeof ASSIGNEE_KINDS>('unit')
  const [unit, setUnit] = useState('')
  const [query, setQuery] = useState('')
  const [memberId, setMemberId] = useState('')
  const [note, setNote] = useState('')
  const [text, setText] = useState('')
  const [result, setResult] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const { problem, setProblem, settle } = useProblemLine()
  const members = useMemberSearch(kind === 'person' ? query : '')
  const upload = useUpload('image')

  const onAccept = async () => {
    if (kind === 'unit' && unit.trim().length < 2) return setProblem('请填写承办单位名称')
    if (kind === 'person' && !memberId) return setProblem('请先查找并选择承办党员')
    settle(await accept(kind === 'unit' ? { kind, name: unit.trim() } : { kind, memberId }, note.trim()), '已受理，开始计时')
  }
  const onProgress = async () => {
    if (text.trim().length < 2) return setProblem('请填写办理进展')
    settle(await progress(text.trim()), '已记录，已通知反映人')
    setText('')
  }
  const onClose = async () => {
    if (result.trim().length < 2) return setProblem('请填写办理结果')
    if (await confirmAction('办结', '确定办结吗？反映人会收到通知并评价。', '办结')) settle(await close(result.trim(), photos), '已办结')
  }

  if (ticket.status === 'reported')
    return (
      <Card title="受理并交办">
        <FormNotice message={problem} />
        <ChipGroup label="承办" options={optionsOf(ASSIGNEE_KINDS)} value={kind} onChange={setKind} />
        {kind === 'unit' ? (
          <FormField label="单位名称" placeholder="例如：光华路街道城管科" value={unit} maxLength={40} onChange={setUnit} />
        ) : (
          <>
            <FormField label="查找党员（姓名）" value={query} maxLength={20} onChange={setQuery} />
            {members.data?.items.length ? (
              <ChipGroup
                label="选择承办党员"
                options={members.data.items.map((m) => ({ value: m.id, label: m.name }))}
                value={memberId}
                onChange={setMemberId}
              />
            ) : null}
          </>
        )}
        <FormField label="交办说明（可不填）" value={note} maxLength={200} onChange={setNote} />
        <BigButton block busy={busyWith === 'accept'} onClick={() => void onAccept()}>
          受理并交办
        </BigButton>
      </Card>
    )
  if (ticket.status !== 'accepted' && ticket.status !== 'inProgress') return null
  return (
    <Card title="办理">
      <FormNotice message={problem} />
      <View className="hl-community__actions">
        <TextAreaField
          label="办理进展"
          size="short"
          placeholder="例如：已联系城管科现场查看"
          value={text}
          maxLength={300}
          onChange={setText}
        />
        <BigButton kind="secondary" block busy={busyWith === 'progress'} onClick={() => void onProgress()}>
          记录进展
        </BigButton>
      </View>
      <View className="hl-community__actions">
        <TextAreaField
          label="办理结果"
          size="short"
          placeholder="例如：已更换管道，彻底解决满溢"
          value={result}
          maxLength={300}
          onChange={setResult}
        />
        <PhotoPicker label="办结照片" max={TICKET_MAX_PHOTOS} value={photos} onChange={setPhotos} upload={upload} />
        <BigButton block busy={busyWith === 'close'} onClick={() => void onClose()}>
          办结
        </BigButton>
      </View>
    </Card>
  )
}
