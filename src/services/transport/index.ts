/**
 * Type-only face of the transport. Taro resolves `./transport` to `index.weapp.ts` (Taro.cloud) or
 * `index.h5.ts` (fetch to the local host) at build time; this file only lets TypeScript (and
 * editors) see one module. It has no runtime body on purpose: nothing may import it unresolved.
 */
import type { CallFunction } from './types'

export declare const callFunction: CallFunction
/** weapp only (WeChat cloud storage); the H5 build uploads through services/storage/index.h5.ts. */
export declare function uploadToStorage(cloudPath: string, filePath: string): Promise<string>
export declare function temporaryUrlOf(fileId: string): Promise<string>
export declare function downloadStoredFile(fileId: string): Promise<string>
