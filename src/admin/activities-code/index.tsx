import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { formatBeijing } from '@core/time'
import { QrImage } from '../../components/QrImage'
import { useCheckInCode } from '../../features/activities/admin/useCheckInCode'
import { useActivityDetail } from '../../features/activities/useActivityDetail'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import './index.scss'

const MODES = [
  { value: 'in' as const, label: '签到码' },
  { value: 'out' as const, label: '签退码' },
]

/** 签到码: a big QR and its 6 digits for the room's screen, renewed every 30 seconds. */
export default function CheckInCodePage() {
  const id = useRouter().params.id || null
  const [mode, setMode] = useState<'in' | 'out'>('in')
  const { activity } = useActivityDetail(id)
  const code = useCheckInCode(id, mode)
  const word = mode === 'in' ? '签到' : '签退'

  return (
    <PageRoot>
      {activity ? <Text className="hl-checkin-code__title">{activity.title}</Text> : null}
      <ChipGroup label="显示" options={MODES} value={mode} onChange={setMode} />
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
    </PageRoot>
  )
}
