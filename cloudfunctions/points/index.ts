import { pointsActions } from '../../core/contract/points'
import { createFunction } from '../_core/create-function'

/** Cloud function `points`. */
export const main = createFunction(pointsActions, {})
