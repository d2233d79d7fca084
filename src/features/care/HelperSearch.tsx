import type { HelperCandidate } from '@core/contract'
import { fetchHelperCandidates } from '../../services/care'
import { PersonSearch } from '../../shared/PersonSearch'

const labelOf = (m: HelperCandidate) => `${m.name}（${[m.orgName, m.phoneMasked].filter(Boolean).join(' ') || m.building}）`

/**
 * 一对一帮扶's helper search: bound members within my care scope (my branch, group or buildings) —
 * usable by 党小组长 and 楼栋长, who may not read the roster. Phones masked.
 */
export function HelperSearch(props: { value: string | null; onChange: (member: HelperCandidate) => void }) {
  return <PersonSearch value={props.value} onChange={props.onChange} find={fetchHelperCandidates} labelOf={labelOf} />
}
