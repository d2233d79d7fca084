import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MemberDetail } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { SectionTitle } from '../../components/SectionTitle'
import { PageRoot } from '../../features/elder/PageRoot'
import { usePairing } from '../../features/pairing/usePairing'
import { MemberRow } from '../../features/roster/MemberRow'
import { useRoster } from '../../features/roster/useRoster'
import { announce, confirmAction, tellProblem } from '../../shared/confirm'
import { Loaded } from '../../shared/Loaded'
import { NameSearch } from '../../shared/NameSearch'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function PairingPage() {
  const pairing = usePairing()
  const [helperQuery, setHelperQuery] = useState('')
  const [helperSearch, setHelperSearch] = useState<string | undefined>()
  const [chosen, setChosen] = useState<string[]>([])
  const helpers = useRoster({ query: helperSearch })
  const elders = useRoster({ elder: true })
  usePullToReload(() =>
    Promise.all([helpers.reload(), elders.reload(), pairing.helperId ? pairing.helper.reload() : Promise.resolve()]).then(() => undefined),
  )
  const helper = pairing.helper.data?.member ?? null

  const toggle = (id: string) => {
    if (chosen.includes(id)) setChosen(chosen.filter((item) => item !== id))
    else if (chosen.length < 2) setChosen([...chosen, id])
    else void tellProblem('最多两位长辈', '一名党员最多结对两位长辈，请先取消一位再选。')
  }

  const save = async () => {
    if (!helper || !chosen.length) return
    const names = elders.items
      .filter((item) => chosen.includes(item.id))
      .map((item) => item.name)
      .join('、')
    const replacing = helper.elders.length ? `（将替换原来的结对：${helper.elders.map((e) => e.name).join('、')}）` : ''
    if (!(await confirmAction('保存结对', `由 ${helper.name} 结对帮扶 ${names}${replacing}？`, '保存'))) return
    if (await announce(await pairing.pair(chosen), '已保存结对', '没有保存成功')) setChosen([])
  }

  const unpair = async (elderId: string, name: string) => {
    if (!(await confirmAction('解除结对', `解除 ${helper?.name ?? ''} 与 ${name} 的结对？`, '解除'))) return
    await announce(await pairing.unpair(elderId), '已解除', '没有解除成功')
  }

  if (!pairing.helperId) {
    return (
      <PageRoot>
        <Card title="第一步：选择结对党员">
          <Text className="hl-text">选一位能常去看望长辈的党员，由他（她）代长辈报名、送学上门。</Text>
          <NameSearch label="按姓名查找" value={helperQuery} onChange={setHelperQuery} onSearch={setHelperSearch} block />
        </Card>
        <Loaded list={helpers} empty={{ title: '没有找到党员' }}>
          {(members) =>
            members.map((member) => <MemberRow key={member.id} member={member} onClick={() => pairing.chooseHelper(member.id)} />)
          }
        </Loaded>
      </PageRoot>
    )
  }

  const helperCard = ({ member }: { member: MemberDetail }) => (
    <Card title={`结对党员：${member.name}`}>
      {member.elders.length ? (
        member.elders.map((elder) => (
          <View key={elder.id} className="hl-pairing__elder">
            <Text className="hl-pairing__name">{elder.name}</Text>
            <BigButton kind="secondary" busy={pairing.busy || undefined} onClick={() => void unpair(elder.id, elder.name)}>
              解除结对
            </BigButton>
          </View>
        ))
      ) : (
        <Text className="hl-text">目前还没有结对长辈。</Text>
      )}
      <BigButton kind="plain" block onClick={() => pairing.chooseHelper(null)}>
        换一位结对党员
      </BigButton>
    </Card>
  )

  return (
    <PageRoot>
      <Loaded state={pairing.helper}>{helperCard}</Loaded>
      <SectionTitle>{`第二步：选择长辈（最多两位，已选 ${chosen.length} 位）`}</SectionTitle>
      <Loaded list={elders} empty={{ title: '没有高龄或行动不便的党员' }}>
        {(members) =>
          members
            .filter((member) => member.id !== helper?.id)
            .map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                action={
                  <BigButton kind={chosen.includes(member.id) ? 'primary' : 'secondary'} onClick={() => toggle(member.id)}>
                    {chosen.includes(member.id) ? '✓ 已选' : '选择'}
                  </BigButton>
                }
              />
            ))
        }
      </Loaded>
      <View className="hl-pairing__save">
        <BigButton
          block
          busy={pairing.busy || undefined}
          onClick={() => void (chosen.length ? save() : tellProblem('请先选择长辈', '请在上面的名单中选择一至两位长辈。'))}
        >
          保存结对
        </BigButton>
      </View>
    </PageRoot>
  )
}
