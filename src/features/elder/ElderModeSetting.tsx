import { Text } from '@tarojs/components'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { SwitchRow } from '../../components/SwitchRow'
import { useElderMode } from './ElderModeContext'
import './ElderModeSetting.scss'

const SOURCE_WORDS = {
  system: '目前跟随微信的字体大小设置。',
  profile: '您是长辈，已为您自动开启；不需要可以关掉。',
  manual: '这是您自己的设置，会一直保留。默认：长辈自动开启，其他人跟随微信字体大小。',
} as const

/** The 长辈模式 switch on 我的. The state is always said in words, not only by the switch colour. */
export function ElderModeSetting() {
  const { elder, source, setElder, followSystem } = useElderMode()
  return (
    <Card title="长辈模式">
      <SwitchRow
        className="hl-elder-setting__switch"
        state={elder ? '已开启' : '已关闭'}
        hint="字更大、按钮更大，看得清、点得准"
        label="长辈模式"
        checked={elder}
        onChange={setElder}
      />
      <Text className="hl-elder-setting__source">{SOURCE_WORDS[source]}</Text>
      {source === 'manual' ? (
        <BigButton kind="plain" onClick={followSystem}>
          改回默认设置
        </BigButton>
      ) : null}
    </Card>
  )
}
