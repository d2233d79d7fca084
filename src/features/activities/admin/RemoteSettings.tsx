import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { REMOTE_DIAL_IN_MAX, REMOTE_LINK_MAX, REMOTE_MATERIAL_TITLE_MAX } from '@core/activities/remote'
import type { RemoteOption } from '@core/contract'
import type { Reply } from '@core/envelope'
import { BigButton } from '../../../components/BigButton'
import { Card } from '../../../components/Card'
import { FormField } from '../../../components/FormField'
import { announce, confirmAction } from '../../../shared/confirm'

export interface RemoteSettingsProps {
  remote: RemoteOption | null
  /** Signed off: shown, not changed. */
  locked: boolean
  busy: boolean
  onSave: (remote: RemoteOption | null) => Promise<Reply<unknown>>
}

const empty = { link: '', dialIn: '', materialTitle: '', materialLink: '' }

/** The form's boxes, in order (all optional; the problem is said under the meeting link). */
const FIELDS: Array<{ key: keyof typeof empty; label: string; maxLength: number; placeholder: string }> = [
  { key: 'link', label: '会议链接', maxLength: REMOTE_LINK_MAX, placeholder: 'https://meeting.tencent.com/…' },
  { key: 'dialIn', label: '电话接入', maxLength: REMOTE_DIAL_IN_MAX, placeholder: '例如：0551-12345678 转 会议号' },
  { key: 'materialTitle', label: '学习材料', maxLength: REMOTE_MATERIAL_TITLE_MAX, placeholder: '例如：党章第一章' },
  { key: 'materialLink', label: '材料链接', maxLength: REMOTE_LINK_MAX, placeholder: 'https://…' },
]

/**
 * 远程参加 of a meeting (远程在线党员学习会): the secretary gives the meeting link or the phone dial-in
 * and the material, so that housebound members (or their helpers for them) join and record it.
 */
export function RemoteSettings({ remote, locked, busy, onSave }: RemoteSettingsProps) {
  const [form, setForm] = useState(empty)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    setForm(
      remote
        ? {
            link: remote.link ?? '',
            dialIn: remote.dialIn ?? '',
            materialTitle: remote.materialTitle ?? '',
            materialLink: remote.materialLink ?? '',
          }
        : empty,
    )
  }, [remote])
  const field = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  const save = async () => {
    const link = form.link.trim()
    const dialIn = form.dialIn.trim()
    if (!link && !dialIn) return setProblem('请填写会议链接或电话接入号码')
    if (link && !/^https?:\/\//.test(link)) return setProblem('会议链接须以 http:// 或 https:// 开头')
    setProblem(null)
    await announce(
      await onSave({
        link: link || null,
        dialIn: dialIn || null,
        materialTitle: form.materialTitle.trim() || null,
        materialLink: form.materialLink.trim() || null,
        materialId: remote?.materialId ?? null,
      }),
      '已保存远程参加方式',
      '没有保存成功',
    )
  }
  const clear = async () => {
    if (await confirmAction('取消远程参加？', '党员将不能再登记远程参加本次会议，已登记的仍然有效。', '取消远程参加', '保留'))
      await announce(await onSave(null), '已取消远程参加', '没有保存成功')
  }

  return (
    <Card title="远程参加（远程在线党员学习会）">
      <Text className="hl-note">行动不便的党员可通过电话或视频参加，本人或结对人登记「已远程参加」后记为实到（远程），并计入学时。</Text>
      {remote ? (
        <Text className="hl-strong" data-testid="remote-set">
          已开放远程参加
        </Text>
      ) : null}
      {locked ? null : (
        <>
          {FIELDS.map(({ key, label, maxLength, placeholder }) => (
            <FormField
              key={key}
              label={label}
              optional
              value={form[key]}
              maxLength={maxLength}
              placeholder={placeholder}
              error={key === 'link' ? problem : undefined}
              onChange={field(key)}
            />
          ))}
          <BigButton block busy={busy || undefined} onClick={() => void save()}>
            {remote ? '保存远程参加方式' : '开放远程参加'}
          </BigButton>
          {remote ? (
            <BigButton kind="plain" block busy={busy || undefined} onClick={() => void clear()}>
              取消远程参加
            </BigButton>
          ) : null}
        </>
      )}
    </Card>
  )
}
