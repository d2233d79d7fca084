import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TopicCommentView } from '@core/contract'
import { formatBeijing } from '@core/time'
import type { Outcome } from '../../shared/outcome'
import type { PagedList } from '../../shared/usePagedList'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField, TextAreaField } from '../../components/FormField'
import { confirmAction, toastDone } from '../../shared/confirm'
import { FormNotice } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { useProblemLine } from '../../shared/useProblemLine'
import './govern.scss'

interface Props {
  list: PagedList<TopicCommentView>
  canComment: boolean
  manages: boolean
  busyWith: string | null
  comment: (text: string) => Promise<Outcome<unknown>>
  hide: (id: string, reason: string) => Promise<Outcome<unknown>>
}

/** 居民意见: newest first; a hidden one shows its reason; the branch hides one with a reason (asked first). */
export function TopicComments({ list, canComment, manages, busyWith, comment, hide }: Props) {
  const [text, setText] = useState('')
  const [reason, setReason] = useState('')
  const { problem, setProblem, settle } = useProblemLine()
  const send = async () => {
    if (text.trim().length < 2) return setProblem('请写下您的意见（至少 2 个字）')
    if (settle(await comment(text.trim()), '已发表')) setText('')
  }
  const onHide = async (item: TopicCommentView) => {
    if (reason.trim().length < 2) return setProblem('隐藏评论请先填写原因（至少 2 个字）')
    if (!(await confirmAction('隐藏评论', `隐藏后其他人只能看到原因：${reason.trim()}`, '隐藏'))) return
    const outcome = await hide(item.id, reason.trim())
    if (!outcome.ok) return setProblem(outcome.error.message)
    setReason('')
    toastDone('已隐藏')
  }
  return (
    <Card title="居民意见">
      {canComment ? (
        <View className="hl-govern__actions">
          <TextAreaField label="我的意见" size="short" value={text} maxLength={300} onChange={setText} placeholder="说说您的想法" />
          <BigButton block busy={busyWith === 'comment'} onClick={() => void send()}>
            发表意见
          </BigButton>
        </View>
      ) : null}
      {manages ? <FormField label="隐藏原因（隐藏评论时填写）" value={reason} maxLength={100} onChange={setReason} /> : null}
      <FormNotice message={problem} />
      <Loaded list={list} inline empty={{ title: '还没有人发表意见' }}>
        {(items) =>
          items.map((item) => (
            <View key={item.id} className="hl-govern__comment">
              <Text className="hl-govern__muted">{`${item.authorName} · ${formatBeijing(item.createdAt)}`}</Text>
              {item.hidden ? <Text className="hl-govern__muted">{`该评论已被隐藏：${item.hiddenReason ?? ''}`}</Text> : null}
              {item.text !== null ? <Text className="hl-govern__text">{item.text}</Text> : null}
              {manages && !item.hidden ? (
                <BigButton kind="secondary" busy={busyWith === item.id} onClick={() => void onHide(item)}>
                  隐藏
                </BigButton>
              ) : null}
            </View>
          ))
        }
      </Loaded>
    </Card>
  )
}
