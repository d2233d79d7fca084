import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Reply } from '@core/envelope'
import { BigButton } from '../components/BigButton'
import { FormField } from '../components/FormField'
import { ChipGroup } from './ChipGroup'

export interface PersonSearchProps<T extends { id: string; name: string }> {
  value: string | null
  onChange: (person: T) => void
  /** The search behind the box (花名册, or an area's own list of people the caller may choose). */
  find: (query: string) => Promise<Reply<{ items: T[] }>>
  /** How a found person is named on their chip (name and branch, say). */
  labelOf: (person: T) => string
  label?: string
}

/** Find one person by a part of their name and choose them; the search is given by the screen's area. */
export function PersonSearch<T extends { id: string; name: string }>(props: PersonSearchProps<T>) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<T[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const search = async () => {
    if (!query.trim()) return setProblem('请输入姓名')
    setProblem(null)
    setBusy(true)
    try {
      const reply = await props.find(query.trim())
      if (reply.ok) setFound(reply.data.items)
      else setProblem(reply.error.message)
    } catch {
      setProblem('网络不太好，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      <FormField
        label={props.label ?? '党员姓名'}
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
          options={found.map((person) => ({ value: person.id, label: props.labelOf(person) }))}
          value={props.value ?? ''}
          onChange={(id) => {
            const person = found.find((item) => item.id === id)
            if (person) props.onChange(person)
          }}
        />
      ) : null}
    </View>
  )
}
