/**
 * Uploaded files (images, PDFs, audio). The file goes to storage first — WeChat cloud storage in
 * production (file id `cloud://…`), the local cloud's file store otherwise (`local:<sha256>.<ext>`) —
 * and only then is its id saved on a record, so a failed upload never leaves a half record.
 * Size and type are checked before upload on the client and, in the local store, by content.
 * No zod here (the mini-program imports this); the contract's file-id schemas are in contract/files.ts.
 */
export const FILE_KINDS = {
  image: { label: '图片', maxBytes: 5 * 1024 * 1024, extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp'] },
  pdf: { label: 'PDF 文件', maxBytes: 20 * 1024 * 1024, extensions: ['pdf'] },
  audio: { label: '音频', maxBytes: 30 * 1024 * 1024, extensions: ['mp3', 'm4a', 'aac'] },
  sheet: { label: 'Excel 表格', maxBytes: 2 * 1024 * 1024, extensions: ['xlsx'] },
} as const

export type FileKind = keyof typeof FILE_KINDS

export const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FILE_KINDS, value)
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** Why a file cannot be uploaded as `kind` (a Chinese sentence), or null when it can. */
export function fileProblem(kind: FileKind, name: string, size: number): string | null {
  const spec = FILE_KINDS[kind]
  if (!(spec.extensions as readonly string[]).includes(extensionOf(name))) {
    return `只能上传${spec.label}（${spec.extensions.join('、')}）`
  }
  if (size <= 0) return '文件是空的，请重新选择'
  if (size > spec.maxBytes) return `${spec.label}太大（最多 ${Math.round(spec.maxBytes / 1024 / 1024)} MB）`
  return null
}

/** What the first bytes say the file is (extension), for the local store's content check. */
export function sniffExtension(bytes: Uint8Array): string | null {
  const at = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value)
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpg'
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'png'
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif'
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp'
  if (at(0, 0x25, 0x50, 0x44, 0x46)) return 'pdf'
  if (at(0, 0x49, 0x44, 0x33)) return 'mp3' // ID3 tag
  if (bytes[0] === 0xff && (bytes[1] & 0xf6) === 0xf0) return 'aac' // ADTS frame
  if (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0 && (bytes[1] & 0x06) !== 0) return 'mp3' // MPEG frame
  if (at(4, 0x66, 0x74, 0x79, 0x70)) return 'm4a'
  if (at(0, 0x50, 0x4b, 0x03, 0x04)) return 'xlsx' // a zip: .xlsx is one (exceljs checks the rest)
  return null
}

/** True when content sniffed as `sniffed` may be stored under the name's extension. */
export function contentMatches(extension: string, sniffed: string | null): boolean {
  if (!sniffed) return false
  const family = (ext: string) => (ext === 'jpeg' ? 'jpg' : ext === 'aac' || ext === 'm4a' ? 'aac' : ext)
  return family(extension) === family(sniffed) || (extension === 'm4a' && sniffed === 'm4a')
}

/** How stored file ids look: the local cloud's store, and WeChat cloud storage. */
export const LOCAL_FILE_ID = /^local:[0-9a-f]{64}\.[a-z0-9]{2,4}$/
export const CLOUD_FILE_ID = /^cloud:\/\/[\w.-]+\/[\w./-]{1,240}$/

/** The local store's file name for an id (`local:<sha>.<ext>` → `<sha>.<ext>`), or null. */
export function localFileName(fileId: string): string | null {
  return LOCAL_FILE_ID.test(fileId) ? fileId.slice('local:'.length) : null
}
