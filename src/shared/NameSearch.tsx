import { BigButton } from '../components/BigButton'
import { FormField } from '../components/FormField'

/**
 * A box to type a part of a name, and 查找 (or the keyboard's confirm): `onSearch` gets the words typed,
 * trimmed, or undefined when there are none (search nothing). The typed text stays with the screen.
 */
export function NameSearch(props: {
  label: string
  value: string
  onChange: (value: string) => void
  onSearch: (query: string | undefined) => void
  block?: boolean
}) {
  const search = () => props.onSearch(props.value.trim() || undefined)
  return (
    <>
      <FormField label={props.label} value={props.value} onChange={props.onChange} maxLength={20} onConfirm={search} />
      <BigButton kind="secondary" block={props.block} onClick={search}>
        查找
      </BigButton>
    </>
  )
}
