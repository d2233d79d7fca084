import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Tag } from '../../components/Tag'
import './StudyPersonRow.scss'

/** Who a 学习情况 list names: the member, whether an elder, their branch and masked phone, their 结对 helper. */
export interface StudyPerson {
  name: string
  elder: boolean
  orgName: string | null
  phoneMasked: string | null
  helperName: string | null
}

/**
 * One member in a 学习情况 list (学时 below target, who has studied a material): the name with its
 * tags, the figures line (and an extra line, if any), then branch · phone and the helper who can 送学.
 */
export function StudyPersonRow({
  person,
  testId,
  tags,
  figures,
  extra,
}: {
  person: StudyPerson
  testId: string
  tags: ReactNode
  figures: ReactNode
  /** A further line under the figures (e.g. 远程 study minutes). */
  extra?: ReactNode
}) {
  return (
    <View className="hl-study-row" data-testid={testId}>
      <View>
        <Text className="hl-study-row__name">{person.name}</Text>
        {person.elder ? <Tag tone="gold">高龄</Tag> : null}
        {tags}
      </View>
      <Text className="hl-note">{figures}</Text>
      {extra}
      <Text className="hl-muted">{[person.orgName, person.phoneMasked].filter(Boolean).join(' · ')}</Text>
      {person.helperName ? <Text className="hl-muted">结对党员：{person.helperName}（可请其送学）</Text> : null}
    </View>
  )
}
