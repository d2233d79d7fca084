import { insert, serverDate } from './db'
import type { Caller } from './caller'

/** Every admin write leaves one entry: who, in which role, did what to which target, when. */
export async function writeAudit(caller: Caller, action: string, target: string, detail?: Record<string, unknown>): Promise<void> {
  await insert('auditLogs', auditEntry(caller, action, target, detail, serverDate()))
}

/** The `auditLogs` document of one admin write (written alone by writeAudit, or inside a transaction). */
export function auditEntry(caller: Caller, action: string, target: string, detail: Record<string, unknown> | undefined, at: unknown) {
  return {
    actorOpenid: caller.openid,
    actorRole: caller.role,
    action,
    target,
    ...(detail ? { detail } : {}),
    scopePath: auditScopeOf(caller),
    at,
  }
}

/**
 * Where an entry belongs in the org tree: the actor's managed subtree (its path and itself), so a
 * secretary reads the entries made in their branch and the committee reads all of them.
 */
export function auditScopeOf(caller: Caller): string[] {
  return caller.scopeOrg ? [...caller.scopeOrg.path, caller.scopeOrg._id] : []
}
