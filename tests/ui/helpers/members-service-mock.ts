/**
 * Every function of src/services/members as a jest.fn (jest's automatic mock of the module, so a function
 * added to the service is mocked here too), for `jest.mock(..., () => require(this))`.
 */
import { resetMocks } from './render'

type MembersService = Record<keyof typeof import('../../../src/services/members'), jest.Mock>
const service = jest.createMockFromModule<MembersService>('../../../src/services/members')

export const {
  fetchMe,
  registerResident,
  requestBinding,
  fetchBindingRequests,
  reviewBinding,
  updateMyContact,
  setRankingOptOut,
  fetchMyElders,
  confirmRelation,
  setupFirstAdmin,
  fetchBuildings,
  upsertBuilding,
  migrateBuildings,
} = service

/** A community's list as members.buildings answers it. */
export const DEMO_BUILDINGS = [
  { id: '琼林苑3栋', units: ['1单元', '2单元', '3单元'], groups: [] },
  { id: '琼林苑4栋', units: ['1单元', '2单元'], groups: [] },
]

export function resetMembersService() {
  resetMocks(service)
  // No list kept yet (the committee has not entered one): the form falls back to typing.
  fetchBuildings.mockResolvedValue({ ok: true, data: { items: [] } })
}
