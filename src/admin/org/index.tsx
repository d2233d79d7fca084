import { Navigator, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { OrgNodePanel } from '../../features/org/OrgNodePanel'
import { levelLabel } from '../../features/org/orgOptions'
import { useOrgTree } from '../../features/org/useOrgTree'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

export default function OrgPage() {
  const tree = useOrgTree()
  const [selectedId, setSelectedId] = useState<string | null>(null)

  return (
    <PageRoot>
      <PageLoaded state={tree}>
        {({ nodes }) => {
          const selected = nodes.find((node) => node.id === selectedId) ?? null
          const rootDepth = Math.min(...nodes.map((node) => node.path.length))
          return (
            <>
              <Text className="hl-org__hint">点一个组织，可以改名、调整、新建下级、设置书记。</Text>
              <Navigator className="hl-org__link" url="/admin/buildings/index">
                楼栋与单元 ›
              </Navigator>
              <View className="hl-org__tree">
                {nodes.map((node) => (
                  <View key={node.id}>
                    <View
                      className={node.id === selectedId ? 'hl-org__node hl-org__node--on' : 'hl-org__node'}
                      style={{ paddingLeft: `${12 + (node.path.length - rootDepth) * 18}px` }}
                      aria-role="button"
                      aria-expanded={node.id === selectedId}
                      onClick={() => setSelectedId(node.id === selectedId ? null : node.id)}
                    >
                      <View className="hl-org__main">
                        <Text className="hl-org__name">{node.name}</Text>
                        <Tag tone={node.level === 'branch' ? 'red' : 'neutral'}>{levelLabel(node.level)}</Tag>
                      </View>
                      {node.secretaries.length ? (
                        <Text className="hl-note">书记：{node.secretaries.map((s) => s.name).join('、')}</Text>
                      ) : null}
                      {node.buildings.length ? <Text className="hl-note">楼栋：{node.buildings.join('、')}</Text> : null}
                    </View>
                    {selected && node.id === selected.id ? (
                      <OrgNodePanel key={`${selected.id}:${selected.name}`} node={selected} nodes={nodes} onChanged={tree.reload} />
                    ) : null}
                  </View>
                ))}
              </View>
            </>
          )
        }}
      </PageLoaded>
    </PageRoot>
  )
}
