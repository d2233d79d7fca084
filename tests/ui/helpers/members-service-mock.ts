/** Every function of src/services/members as a jest.fn, for `jest.mock(..., () => require(this))`. */
export const fetchMe = jest.fn()
export const registerResident = jest.fn()
export const requestBinding = jest.fn()
export const fetchBindingRequests = jest.fn()
export const reviewBinding = jest.fn()
export const updateMyContact = jest.fn()
export const setRankingOptOut = jest.fn()
export const fetchMyElders = jest.fn()
export const confirmRelation = jest.fn()
export const setupFirstAdmin = jest.fn()
export const fetchBuildings = jest.fn()
export const upsertBuilding = jest.fn()
export const migrateBuildings = jest.fn()

/** A community's list as members.buildings answers it. */
export const DEMO_BUILDINGS = [
  { id: '琼林苑3栋', units: ['1单元', '2单元', '3单元'], groups: [] },
  { id: '琼林苑4栋', units: ['1单元', '2单元'], groups: [] },
]

export function resetMembersService() {
  for (const fn of [
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
  ]) {
    fn.mockReset()
  }
  // No list kept yet (the committee has not entered one): the form falls back to typing.
  fetchBuildings.mockResolvedValue({ ok: true, data: { items: [] } })
}
