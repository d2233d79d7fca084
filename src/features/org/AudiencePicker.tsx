import { Text } from '@tarojs/components'
import { AUDIENCE_KIND_LABELS, type AudienceKind } from '@core/notices/audience'
import { ChipGroup } from '../../shared/ChipGroup'
import { useMe } from '../members/useMe'
import { orgChips, orgOptions } from './orgOptions'
import { useOrgTree } from './useOrgTree'

export interface AudienceValue {
  kind: AudienceKind
  orgId: string | null
  building: string | null
}

/**
 * Who a notice or an activity is for: everyone / members (the committee only) / one org of my
 * subtree / one building in it. The server checks the scope again.
 */
export function AudiencePicker({
  label,
  value,
  onChange,
}: {
  label: string
  value: AudienceValue
  onChange: (patch: Partial<AudienceValue>) => void
}) {
  const me = useMe()
  const tree = useOrgTree()
  const kinds: AudienceKind[] = me.data?.role === 'admin' ? ['all', 'members', 'org', 'building'] : ['org', 'building']
  const orgs = tree.data ? orgOptions(tree.data.nodes, ['generalBranch', 'branch', 'group']) : []
  const buildings = tree.data ? [...new Set(tree.data.nodes.flatMap((node) => node.buildings))] : []
  return (
    <>
      <ChipGroup
        label={label}
        options={kinds.map((kind) => ({ value: kind, label: AUDIENCE_KIND_LABELS[kind] }))}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
      />
      {value.kind === 'org' ? (
        orgs.length ? (
          <ChipGroup label="支部或党小组" options={orgChips(orgs)} value={value.orgId ?? ''} onChange={(orgId) => onChange({ orgId })} />
        ) : (
          <Text className="hl-note">{tree.error ? `组织没有加载成功：${tree.error.message}` : '正在加载组织…'}</Text>
        )
      ) : null}
      {value.kind === 'building' ? (
        buildings.length ? (
          <ChipGroup
            label="楼栋"
            options={buildings.map((b) => ({ value: b, label: b }))}
            value={value.building ?? ''}
            onChange={(building) => onChange({ building })}
          />
        ) : (
          <Text className="hl-note">正在加载楼栋…</Text>
        )
      ) : null}
    </>
  )
}
