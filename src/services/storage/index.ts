/**
 * Type-only face of file storage. Taro resolves `./storage` to `index.h5.ts` (the local host's file
 * store) or `index.weapp.ts` (WeChat cloud storage through the transport) at build time.
 * Upload first, then save the returned file id on the record: a failed upload leaves no half record.
 */
import type { FileUrl, OpenDocument, PickAndUpload, PlayableUrl } from './types'

export type { UploadedFile } from './types'
export declare const pickAndUpload: PickAndUpload
export declare const fileUrl: FileUrl
export declare const playableUrl: PlayableUrl
export declare const openDocument: OpenDocument
