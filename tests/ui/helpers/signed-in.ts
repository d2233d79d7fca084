import { resetTaroMock } from '../mocks/taro'
import { resetMembersService } from './members-service-mock'

/**
 * What a screen that asks who is signed in starts each test from: the Taro mock afresh, nobody known yet
 * (the me store emptied) and every function of the members service mock reset. For test files that mock
 * src/services/members with members-service-mock: `beforeEach(resetSignIn)`. The store is required when
 * called, after the test file's jest.mock calls (esbuild hoists imports above them).
 */
export function resetSignIn(): void {
  resetTaroMock()
  const { resetMe } = require('../../../src/features/members/meStore') as typeof import('../../../src/features/members/meStore')
  resetMe()
  resetMembersService()
}
