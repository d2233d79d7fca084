import { memberMe } from './fixtures'

/**
 * src/services/members for screens that only ask who is signed in (a RoleGate, a 结对 page): fetchMe
 * answers 张建国, a 党员 (memberMe). Use in a test file with
 *   jest.mock('../../src/services/members', () => require('./helpers/member-signed-in'))
 */
export const fetchMe = jest.fn(() => Promise.resolve({ ok: true, data: memberMe }))
