import { View } from '@tarojs/components'
import { useState } from 'react'
import type { NeedView } from '@core/contract'
import type { Outcome } from '../../shared/outcome'
import { BigButton, ButtonRow } from '../../components/BigButton'
import { TextAreaField } from '../../components/FormField'
import { FormNotice } from '../../shared/FormNotice'
import { confirmAction, toastDone } from '../../shared/confirm'
import './care.scss'

/** The two things an open need can become: the button (also the dialog's title), what the dialog says, the toast. */
const CONVERSIONS: Array<{ to: 'wish' | 'ticket'; label: string; content: (need: NeedView) => string; done: string; confirm: string }> = [
  {
    to: 'wish',
    label: '转为微心愿',
    content: (need) => `以${need.elderName}的名义发布心愿「${need.text}」，经支部审核后上心愿墙。`,
    done: '已转为微心愿',
    confirm: '转为心愿',
  },
  {
    to: 'ticket',
    label: '转为民生诉求',
    content: (need) => `为${need.elderName}（${need.building}）提交民生诉求，进入诉求办理台。`,
    done: '已转为民生诉求',
    confirm: '转为诉求',
  },
]

/**
 * What the branch does with an open need: 转为微心愿 (the elder is the wisher; it waits for review like
 * every wish), 转为民生诉求 (about the elder's building), or 标记已处理 with a note. Each asks first.
 */
export function NeedActions(props: {
  need: NeedView
  busy: boolean
  onHandle: (needId: string, note: string) => Promise<Outcome<unknown>>
  onConvert: (needId: string, to: 'wish' | 'ticket') => Promise<Outcome<unknown>>
}) {
  const { need } = props
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  // WeChat's dialog takes at most 4 characters on its confirm button.
  const run = async (title: string, content: string, send: () => Promise<Outcome<unknown>>, done: string, confirmText: string) => {
    if (!(await confirmAction(title, content, confirmText))) return
    const outcome = await send()
    if (outcome.ok) toastDone(done)
    else setProblem(outcome.error.message)
  }
  const handle = () => {
    if (note.trim().length < 2) return setProblem('请写明如何处理的（至少 2 个字）')
    void run('标记已处理', `处理情况：${note.trim()}`, () => props.onHandle(need.id, note.trim()), '已标记处理', '已处理')
  }
  if (!need.mayConvert && !need.mayHandle) return null
  return (
    <View className="hl-care__actions">
      <FormNotice message={problem} />
      {need.mayConvert ? (
        <ButtonRow>
          {CONVERSIONS.map((c) => (
            <BigButton
              key={c.to}
              kind="secondary"
              disabled={props.busy}
              onClick={() => void run(c.label, c.content(need), () => props.onConvert(need.id, c.to), c.done, c.confirm)}
            >
              {c.label}
            </BigButton>
          ))}
        </ButtonRow>
      ) : null}
      {need.mayHandle ? (
        <>
          <TextAreaField label="处理情况" size="short" value={note} maxLength={200} onChange={setNote} />
          <BigButton busy={props.busy} onClick={handle}>
            标记已处理
          </BigButton>
        </>
      ) : null}
    </View>
  )
}
