import type { MeResponse, MyBindingRequest } from '@core/contract'

/**
 * The binding request worth showing the caller: a pending or rejected one of a visitor or resident.
 * An approved request is kept by the server, but by then the person simply is a 党员.
 */
export function visibleBindingRequest(me: MeResponse): MyBindingRequest | null {
  const request = me.bindingRequest
  if (!request || request.status === 'approved') return null
  return me.role === 'visitor' || me.role === 'resident' ? request : null
}
