/**
 * Type-only face of the file helpers. Taro resolves `./files` to `index.h5.ts` (file input, Blob
 * download) or `index.weapp.ts` (chooseMessageFile → cloud storage, downloadFile → openDocument) at build time.
 * No runtime body on purpose: nothing may import it unresolved.
 */
import type { PickSpreadsheet, SaveFile } from './types'

export type { PickedFile, SavableFile } from './types'
export declare const pickSpreadsheet: PickSpreadsheet
export declare const saveFile: SaveFile
