import { studyActions } from '../../core/contract/study'
import { createFunction } from '../_core/create-function'

/** Cloud function `study`. */
export const main = createFunction(studyActions, {})
