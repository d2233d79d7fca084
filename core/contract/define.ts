import { z } from 'zod'
import type { Role } from '../roles'

/**
 * One action of one cloud function: its request schema (strict: unknown fields are rejected), the
 * roles allowed to call it, and — as a phantom type — its response. The router enforces `roles`;
 * scope checks (which part of the org tree) are made by the handler through the caller's scope.
 */
export interface ActionSpec<Req extends z.ZodTypeAny = z.ZodTypeAny, Res = unknown> {
  request: Req
  roles: readonly Role[]
  /** Chinese one-liner: what the action does (used in the permission table of the docs). */
  summary: string
  readonly __response?: Res
}

/** Declares an action. Its request fields become a strict object here: every request rejects unknown fields by construction. */
export function defineAction<Res>() {
  return <R extends z.ZodRawShape>(
    spec: Omit<ActionSpec<z.ZodTypeAny, Res>, '__response' | 'request'> & { request: R },
  ): ActionSpec<z.ZodObject<R, 'strict'>, Res> => ({ ...spec, request: z.object(spec.request).strict() })
}

export type ActionMap = Record<string, ActionSpec>
