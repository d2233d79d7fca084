import type { MemberListItem } from '@core/contract'
import { listMembers } from '../../services/roster'
import { PersonSearch } from '../../shared/PersonSearch'

const find = (query: string) => listMembers({ query })
const labelOf = (member: MemberListItem) => `${member.name}${member.org ? `（${member.org.name}）` : ''}`

/** Find one member of the caller's subtree by name (花名册 search) and choose them. */
export function MemberSearch(props: { value: string | null; onChange: (member: MemberListItem) => void }) {
  return <PersonSearch value={props.value} onChange={props.onChange} find={find} labelOf={labelOf} />
}
