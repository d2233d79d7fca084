import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { checkInWindowOf } from '@core/activities/checkin-window'
import { formatBeijing } from '@core/time'
import { PageState } from '../../components/PageState'
import { QrImage } from '../../components/QrImage'
import { useCheckInCode } from '../../features/activities/admin/useCheckInCode'
import { useActivityDetail } from '../../features/activities/useActivityDetail'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import './index.scss'
import { useRouteId } from '../../shared/useRouteId'

const MODES = [
  { value: 'in' as const, label: '签到码' },
  { value: 'out' as const, label: '签退码' },
]

/** 签到码: a big QR and its 6 digits for the room's screen, renewed every 30 seconds. */
export default function CheckInCodePage() {
  const id = useRouteId()
  const [mode, setMode] = useState<'in' | 'out'>('in')
  const { activity } = useActivityDetail(id)
  const window = activity ? checkInWindowOf({ startAt: new Date(activity.startAt), endAt: new Date(activity.endAt) }) : null
  const code = useCheckInCode(id, mode, window?.opensAt ?? null)
  const word = mode === 'in' ? '签到' : '签退'
  const outside = code.error?.code === 'ACTIVITY.OUTSIDE_CHECKIN_WINDOW' && window !== null

  return (
    <PageRoot>
      {activity ? <Text className="hl-checkin-code__title">{activity.title}</Text> : null}
      <ChipGroup label="显示" options={MODES} value={mode} onChange={setMode} />
      {outside ? (
        <WindowClosed opensAt={window.opensAt} closesAt={window.closesAt} word={word} />
      ) : (
        <Loaded state={code} loadingText={`正在生成${word}码…`} missing={{ title: '没有选择活动', description: '请从活动管理进入。' }}>
          {(current) => (
            <View className="hl-checkin-code">
              <QrImage text={current.qrText} mode="Byte" cellSize={8} className="hl-checkin-code__qr" label={`${word}二维码`} />
              <Text className="hl-checkin-code__label">用微信扫码{word}，或在「签到签退」输入：</Text>
              <Text className="hl-checkin-code__digits" data-testid="checkin-digits">
                {current.code}
              </Text>
              <Text className="hl-checkin-code__hint">
                每 30 秒自动更换 · 本码 {formatBeijing(current.expiresAt, 'HH:mm:ss')} 后更换（之后 30 秒内仍有效）
              </Text>
            </View>
          )}
        </Loaded>
      )}
    </PageRoot>
  )
}

/**
 * Outside the window the server gives no code: say when it opens (this page then shows the code by
 * itself) or that it has closed, instead of an error with a 重试 that cannot succeed.
 */
function WindowClosed({ opensAt, closesAt, word }: { opensAt: Date; closesAt: Date; word: string }) {
  const window = `活动开始前 30 分钟至结束后 30 分钟可以签到、签退（${formatBeijing(opensAt, 'MM-DD HH:mm')} 至 ${formatBeijing(closesAt, 'MM-DD HH:mm')}）。`
  // The server said "outside": before the close it has not opened yet, whatever this phone's clock says.
  return Date.now() < closesAt.getTime() ? (
    <PageState
      kind="empty"
      title={`${word}码将于 ${formatBeijing(opensAt, 'MM月DD日 HH:mm')} 开放`}
      description={`${window}到时本页自动显示${word}码，无需刷新。`}
    />
  ) : (
    <PageState kind="empty" title={`${word}时间已过`} description={`${window}需要补签的人，请在出勤名单里核对后确认。`} />
  )
}
