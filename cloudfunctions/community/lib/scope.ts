/** Whose branch looks after a wish or a ticket: shared with the care function (a need becomes one), so kept in _core. */
export { committeePath, orgPathOfPerson, scopePathOfBuilding } from '../../_core/community-scope'
