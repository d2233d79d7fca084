import { membersActions } from '../../core/contract/members'
import { createFunction } from '../_core/create-function'
import { me } from './handlers/me'

/** 花名册 · 组织 · 身份: who the caller is, and (later) the roster and org tree. */
export const main = createFunction(membersActions, { me })
