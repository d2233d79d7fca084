import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MemberListItem } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { FormField } from '../../components/FormField'
import { listMembers } from '../../services/roster'
import { ChipGroup } from '../../shared/ChipGroup'

/** Find one member of the caller's subtree by name (花名册 search) and choose them. */
export function MemberSearch(props: { value: string | null; onChange: (member: MemberListItem) => void }) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<MemberListItem[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const search = async () => {
    if (!query.trim()) return setProblem('请输入姓名')
    setProblem(null)
    setBusy(true)
    try {
      const reply = await listMembers({ query: query.trim() })
      if (reply.ok) setFound(reply.data.items)
      else setProblem(reply.error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      <FormField
        label="党员姓名"
        value={query}
        onChange={setQuery}
        onConfirm={() => void search()}
        placeholder="输入姓名中的字"
        maxLength={20}
        error={problem}
      />
      <BigButton kind="secondary" busy={busy} onClick={() => void search()}>
        查找
      </BigButton>
      {found && !found.length ? <Text>没有找到，请换个字再试。</Text> : null}
      {found?.length ? (
        <ChipGroup
          label="选择党员"
          options={found.map((member) => ({ value: member.id, label: `${member.name}${member.org ? `（${member.org.name}）` : ''}` }))}
          value={props.value ?? ''}
          onChange={(id) => {
            const member = found.find((item) => item.id === id)
            if (member) props.onChange(member)
          }}
        />
      ) : null}
    </View>
  )
}
