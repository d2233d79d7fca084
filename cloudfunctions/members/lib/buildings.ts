import type { BuildingView } from '../../../core/contract/members'
import type { BuildingDoc, OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { BUILDINGS_MAX, buildingKey, matchBuilding, unitKey } from '../../../core/rules/buildings'
import { findMany } from '../../_core/db'
import { toOrgRef } from './views'

/** The community's buildings in the committee's order (the list is small: read whole). */
export function listedBuildings(): Promise<BuildingDoc[]> {
  return findMany<BuildingDoc>(
    'buildings',
    {},
    {
      orderBy: [
        ['sort', 'asc'],
        ['_id', 'asc'],
      ],
      limit: BUILDINGS_MAX,
    },
  )
}

export interface Place {
  building: string
  unit: string
}

/**
 * A building and unit a person gave, as they are stored: the listed building with the same key
 * (琼林苑3号楼 → 琼林苑3栋) and one of its units, else BUILDING.UNKNOWN / BUILDING.UNKNOWN_UNIT on the
 * field. An empty building stays empty (the roster allows it). A community whose committee has not
 * listed any building yet keeps what was typed, in its canonical form.
 */
export async function resolvePlace(place: Place, fieldPrefix = ''): Promise<Result<Place>> {
  if (!place.building) return success({ building: '', unit: unitKey(place.unit) })
  const listed = await listedBuildings()
  if (!listed.length) return success({ building: buildingKey(place.building), unit: unitKey(place.unit) })
  const match = matchBuilding(
    listed.map((b) => ({ id: b._id, units: b.units })),
    place.building,
    place.unit,
  )
  if (match.ok) return success({ building: match.building, unit: match.unit })
  return match.reason === 'unknownBuilding'
    ? failure('BUILDING.UNKNOWN', undefined, `${fieldPrefix}building`)
    : failure('BUILDING.UNKNOWN_UNIT', undefined, `${fieldPrefix}unit`)
}

export function toBuildingView(doc: BuildingDoc, groups: OrgDoc[]): BuildingView {
  return { id: doc._id, units: doc.units ?? [], groups: groups.filter((g) => (g.buildings ?? []).includes(doc._id)).map(toOrgRef) }
}

/** A group's buildings, each one of the list (by key), canonical, each once. */
export async function resolveGroupBuildings(names: string[]): Promise<Result<string[]>> {
  if (!names.length) return success([])
  const listed = new Set((await listedBuildings()).map((b) => b._id))
  const keys = [...new Set(names.map(buildingKey))]
  if (listed.size && keys.some((key) => !listed.has(key))) return failure('BUILDING.UNKNOWN', undefined, 'buildings')
  return success(keys)
}
