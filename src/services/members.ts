import { call } from './call'

/** Who the caller is: role, person, roster entry and organisation path (`members.me`). */
export function fetchMe() {
  return call('members', 'me', {})
}
