import type { FileKind } from '@core/files'

export interface UploadedFile {
  /** What records keep: `cloud://…` (WeChat cloud storage) or `local:…` (the local cloud's store). */
  fileId: string
  name: string
  size: number
}

/**
 * Lets the person choose up to `count` files of `kind`, checks type and size, and uploads them.
 * Resolves [] when the picker is closed; rejects with an Error whose message is Chinese.
 */
export type PickAndUpload = (kind: FileKind, count: number) => Promise<UploadedFile[]>
/** A URL an <Image> can show right away. */
export type FileUrl = (fileId: string) => string
/** A URL an audio player can stream (WeChat needs a temporary https URL for cloud files). */
export type PlayableUrl = (fileId: string) => Promise<string>
/** Opens a PDF: WeChat's document viewer, or a new browser tab. */
export type OpenDocument = (fileId: string) => Promise<void>
