import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { useShowAgain } from '../../shared/useShowAgain'
import { PageRoot } from '../../features/elder/PageRoot'
import { orgOptions } from '../../features/org/orgOptions'
import { useOrgTree } from '../../features/org/useOrgTree'
import { MemberRow } from '../../features/roster/MemberRow'
import { RosterFilterPanel } from '../../features/roster/RosterFilterPanel'
import { useRoster, type RosterFilters } from '../../features/roster/useRoster'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function RosterPage() {
  const [filters, setFilters] = useState<RosterFilters>({})
  const roster = useRoster(filters)
  const tree = useOrgTree()
  usePullToReload(() => Promise.all([roster.reload(), tree.data ? Promise.resolve() : tree.reload()]).then(() => undefined))
  useShowAgain(() => void roster.reload())
  const orgs = tree.data ? orgOptions(tree.data.nodes, ['generalBranch', 'branch', 'group']) : []

  return (
    <PageRoot>
      <View className="hl-roster__top">
        <Text className="hl-roster__scope">{tree.data ? `管理范围：${tree.data.nodes[0]?.name ?? ''}` : ' '}</Text>
        <BigButton kind="secondary" onClick={() => void Taro.navigateTo({ url: '/admin/member/index' })}>
          新增党员
        </BigButton>
      </View>
      <RosterFilterPanel value={filters} onChange={setFilters} orgs={orgs} />
      {roster.total !== null && !roster.loading ? <Text className="hl-roster__total">共 {roster.total} 人</Text> : null}
      <Loaded
        list={roster}
        empty={{
          title: '没有找到党员',
          description: filters.query ? `没有姓名含“${filters.query}”的党员，请换个字再试` : '可以调整筛选条件再看看',
        }}
      >
        {(members) =>
          members.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              onClick={() => void Taro.navigateTo({ url: `/admin/member/index?id=${member.id}` })}
            />
          ))
        }
      </Loaded>
    </PageRoot>
  )
}
