import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RemoteMeetingItem } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { Tag } from '../../components/Tag'
import { announce, confirmAction, toastDone } from '../../shared/confirm'
import { useRemoteMeetings } from './useRemoteMeetings'
import './RemoteMeetings.scss'

export interface RemoteMeetingsProps {
  /** One meeting (its detail page), else every meeting open to remote attendance. */
  activityId?: string
  /** For a paired elder (the helper records for them), with their name; else for me. */
  forPersonId?: string
  forName?: string
  /** A card of its own (the detail page), or rows inside another card (the elder's card). */
  asCard?: boolean
}

async function copy(text: string, what: string) {
  try {
    await Taro.setClipboardData({ data: text })
    toastDone(`${what}已复制`)
  } catch {
    // The platform shows nothing to copy from: the text is on screen to read out.
  }
}

function RemoteMeetingRow({
  item,
  forName,
  busy,
  onAttend,
}: {
  item: RemoteMeetingItem
  forName?: string
  busy: boolean
  onAttend: () => void
}) {
  const r = item.remote
  return (
    <View className="hl-remote__item" data-testid="remote-meeting">
      <Text className="hl-strong">{item.title}</Text>
      <Text className="hl-note">
        {formatBeijing(item.startAt, 'M月D日 HH:mm')}—{formatBeijing(item.endAt, 'HH:mm')} · 计入学时 {item.creditMinutes} 分钟
      </Text>
      {r.dialIn ? <CopyLine label="电话接入" text={r.dialIn} what="电话号码" button="复制号码" /> : null}
      {r.link ? <CopyLine label="视频会议" text={r.link} what="会议链接" button="复制链接" /> : null}
      {r.materialTitle || r.materialLink || r.materialId ? (
        <View className="hl-remote__line">
          <Text className="hl-text">学习材料：{r.materialTitle ?? '见链接'}</Text>
          {r.materialId ? (
            <BigButton kind="plain" onClick={() => void Taro.navigateTo({ url: `/pages/study-detail/index?id=${r.materialId}` })}>
              打开材料
            </BigButton>
          ) : r.materialLink ? (
            <BigButton kind="plain" onClick={() => void copy(r.materialLink!, '材料链接')}>
              复制材料链接
            </BigButton>
          ) : null}
        </View>
      ) : null}
      {item.attended ? (
        <Text className="hl-remote__done" aria-role="status" data-testid="remote-attended">
          <Tag tone="red">已远程参加</Tag>
          {item.attended.self ? '本人登记' : `${item.attended.byName}代为登记`} · {formatBeijing(item.attended.at, 'M月D日 HH:mm')}
        </Text>
      ) : item.canAttend ? (
        <BigButton block busy={busy || undefined} onClick={onAttend}>
          {forName ? `代${forName}登记远程参加` : '我已远程参加'}
        </BigButton>
      ) : (
        <Text className="hl-note">会前 30 分钟起至会后 3 天内可以登记远程参加。</Text>
      )}
    </View>
  )
}

/**
 * 远程参加 (远程在线党员学习会): how to join (phone dial-in, video link — each can be copied), the
 * material, and 我已远程参加 — or, for a helper, 代（长辈）登记远程参加. Nothing when there is no
 * meeting to join (not on its list, no remote option, not a member).
 */
export function RemoteMeetings({ activityId, forPersonId, forName, asCard = true }: RemoteMeetingsProps) {
  const remote = useRemoteMeetings({ ...(activityId ? { activityId } : {}), ...(forPersonId ? { forPersonId } : {}) })
  const items = remote.data?.items ?? []
  if (!items.length) return null
  const attend = async (item: RemoteMeetingItem) => {
    const who = forName ?? '您'
    const sure = await confirmAction(
      `登记${forName ? `${forName}` : ''}远程参加？`,
      `确认${who}已通过电话或视频参加「${item.title}」。登记后记为实到（远程），计入学时，只记一次。`,
      '确认登记',
    )
    if (sure) await announce(await remote.attend(item.activityId), '已登记远程参加', '没有登记成功')
  }
  const rows = items.map((item) => (
    <RemoteMeetingRow
      key={item.activityId}
      item={item}
      forName={forName}
      busy={remote.busyWith === item.activityId}
      onAttend={() => void attend(item)}
    />
  ))
  return asCard ? <Card title="远程参加">{rows}</Card> : <View className="hl-remote">{rows}</View>
}

/** A line of the remote option (dial-in, link) with a button that copies it. */
function CopyLine({ label, text, what, button }: { label: string; text: string; what: string; button: string }) {
  return (
    <View className="hl-remote__line">
      <Text className="hl-text">
        {label}：{text}
      </Text>
      <BigButton kind="plain" onClick={() => void copy(text, what)}>
        {button}
      </BigButton>
    </View>
  )
}
