import { noticesActions } from '../../core/contract/notices'
import { createFunction } from '../_core/create-function'

/** Cloud function `notices`. */
export const main = createFunction(noticesActions, {})
