import type { ActivitySignUpDoc } from '../../../core/activities/model'
import { command, findAll } from '../../_core/db'

/** Confirmed and waitlisted sign-ups of an activity (every page). */
export function activeSignUps(activityId: string): Promise<ActivitySignUpDoc[]> {
  return findAll<ActivitySignUpDoc>('activitySignUps', { activityId, status: command().in(['confirmed', 'waitlisted']) }, { size: 500 })
}

export async function confirmedSignUps(activityId: string): Promise<ActivitySignUpDoc[]> {
  return (await activeSignUps(activityId)).filter((s) => s.status === 'confirmed')
}
