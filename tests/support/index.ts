/** What every test shares: the typed caller, the demo people and the reply helpers. */
export { callAs, callerOver, openidOf, type Api, type Caller, type Who } from './caller'
export { newResident, signIn, type HttpAnswer, type HttpCaller } from './http'
export {
  membersOf,
  P,
  seededMember,
  TABLE_CALLERS,
  TABLE_ROLES,
  unboundMembersOf,
  visitor,
  type DemoName,
  type DemoPerson,
  type TableCaller,
} from './people'
export { codeOf, dataOf, unchecked, type Reply } from './reply'
