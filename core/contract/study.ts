import type { ActionMap } from './define'

/** Function `study`: actions, request schemas (strict), roles and response types. */
export const studyActions = {} satisfies ActionMap
