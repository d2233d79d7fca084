import { activitiesActions } from '../../core/contract/activities'
import { createFunction } from '../_core/create-function'

/** Cloud function `activities`. */
export const main = createFunction(activitiesActions, {})
