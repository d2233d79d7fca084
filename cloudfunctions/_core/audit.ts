import { insert, serverDate } from './db'
import type { Caller } from './caller'

/** Every admin write leaves one entry: who, in which role, did what to which target, when. */
export async function writeAudit(caller: Caller, action: string, target: string, detail?: Record<string, unknown>): Promise<void> {
  await insert('auditLogs', {
    actorOpenid: caller.openid,
    actorRole: caller.role,
    action,
    target,
    ...(detail ? { detail } : {}),
    at: serverDate(),
  })
}
