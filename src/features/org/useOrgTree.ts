import { fetchOrgTree } from '../../services/roster'
import { useLoad } from '../admin/useLoad'

/** The caller's subtree of the organisation (members.orgTree). */
export function useOrgTree() {
  return useLoad('orgTree', fetchOrgTree)
}
