import type { z } from 'zod'
import { activitiesActions } from './activities'
import { careActions } from './care'
import { communityActions } from './community'
import { membersActions } from './members'
import { noticesActions } from './notices'
import { pointsActions } from './points'
import { statsActions } from './stats'
import { studyActions } from './study'
import type { ActionSpec } from './define'

/** The whole client/server contract: cloud function → action → spec. */
export const contract = {
  members: membersActions,
  activities: activitiesActions,
  points: pointsActions,
  notices: noticesActions,
  study: studyActions,
  community: communityActions,
  stats: statsActions,
  care: careActions,
} as const

export type Contract = typeof contract
export type FunctionName = keyof Contract
export type ActionName<F extends FunctionName> = keyof Contract[F] & string
type SpecOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A]

export type RequestOf<F extends FunctionName, A extends ActionName<F>> =
  SpecOf<F, A> extends ActionSpec<infer Req, unknown> ? z.input<Req> : never
export type ResponseOf<F extends FunctionName, A extends ActionName<F>> =
  SpecOf<F, A> extends ActionSpec<z.ZodTypeAny, infer Res> ? Res : never

export const FUNCTION_NAMES = Object.keys(contract) as FunctionName[]

export type { ActionSpec, ActionMap } from './define'
export type { Page } from './fields'
export { defineAction } from './define'
export * from './activities'
export * from './members'
export * from './notices'
export * from './points'
export * from './study'
export * from './study-figures'
export * from './community'
export * from './stats'
export * from './care'
