import { Switch, Text, View } from '@tarojs/components'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { useElderMode } from './ElderModeContext'
import './ElderModeSetting.scss'

/** The 长辈模式 switch on 我的. The state is always said in words, not only by the switch colour. */
export function ElderModeSetting() {
  const { elder, source, setElder, followSystem } = useElderMode()
  return (
    <Card title="长辈模式">
      <View className="hl-elder-setting__row">
        <View className="hl-elder-setting__text">
          <Text className="hl-elder-setting__state">{elder ? '已开启' : '已关闭'}</Text>
          <Text className="hl-elder-setting__hint">字更大、按钮更大，看得清、点得准</Text>
        </View>
        <View className="hl-elder-setting__control">
          <Switch
            className="hl-elder-setting__switch"
            checked={elder}
            color="#C8161D"
            aria-label="长辈模式"
            onChange={(event) => setElder(event.detail.value)}
          />
        </View>
      </View>
      <Text className="hl-elder-setting__source">
        {source === 'system' ? '目前跟随微信的字体大小设置。' : '这是您自己的设置，会一直保留。'}
      </Text>
      {source === 'manual' ? (
        <BigButton kind="plain" onClick={followSystem}>
          改回跟随微信字体设置
        </BigButton>
      ) : null}
    </Card>
  )
}
