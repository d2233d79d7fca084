/**
 * Type-only face of the transport. Taro resolves `./transport` to `index.weapp.ts` (Taro.cloud) or
 * `index.h5.ts` (fetch to the local host) at build time; this file only lets TypeScript (and
 * editors) see one module. It has no runtime body on purpose: nothing may import it unresolved.
 */
import type { CallFunction } from './types'

export declare const callFunction: CallFunction
