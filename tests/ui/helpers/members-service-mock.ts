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
  ]) {
    fn.mockReset()
  }
}
