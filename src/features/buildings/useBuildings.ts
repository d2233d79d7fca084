import { fetchBuildings } from '../../services/members'
import { useLoad } from '../../shared/useLoad'

/** The community's list of buildings with their units (members.buildings): anyone may read it. */
export function useBuildings() {
  return useLoad('buildings', fetchBuildings)
}
