import { Text } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { SwitchRow } from '../../components/SwitchRow'
import { useRankingOptOut } from './useRankingOptOut'
import './RankingOptOutSetting.scss'

/** 不在排行榜中显示我: a switch whose state is always said in words. */
export function RankingOptOutSetting({ me }: { me: MeResponse }) {
  const { optOut, saving, change } = useRankingOptOut(me)
  return (
    <Card title="排行榜隐私">
      <SwitchRow
        className="hl-ranking__switch"
        state={optOut ? '已隐藏：排行榜上不显示我' : '未隐藏：排行榜上会显示我'}
        hint={saving ? '正在保存…' : '不在排行榜中显示我'}
        label="不在排行榜中显示我"
        checked={optOut}
        disabled={saving}
        onChange={(next) => void change(next)}
      />
      <Text className="hl-ranking__explain">
        道德银行等排行榜按积分排名，姓名会部分隐藏（如「张*明」）。打开后，排行榜上不再出现您，您的积分和兑换不受影响。
      </Text>
    </Card>
  )
}
