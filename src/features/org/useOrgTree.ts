import { fetchOrgTree } from '../../services/roster'
import { useLoad } from '../../shared/useLoad'

/** The caller's subtree of the organisation (members.orgTree). */
export function useOrgTree() {
  return useLoad('orgTree', fetchOrgTree)
}
