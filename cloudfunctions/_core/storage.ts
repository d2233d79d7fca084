/**
 * Files through cloud storage (wx-server-sdk's uploadFile / getTempFileURL / downloadFile /
 * deleteFile; the local cloud answers the same calls). Files a function writes for one download
 * (exports) and files uploaded for one job (an import) are recorded in `temporaryFiles` and removed
 * by `removeExpiredFiles` (the members function's daily timer) a day later.
 */
import { createHash, randomBytes } from 'node:crypto'
import { getCloud } from './cloud'
import { collection, command, findMany, insert } from './db'
import { errorText, isDuplicateKeyError } from './db-errors'

const KEEP_MS = 24 * 60 * 60 * 1000
/** How long a download link works. */
const URL_MAX_AGE_S = 60 * 60

export interface StoredDownload {
  fileId: string
  url: string
  expiresAt: string
}

/** The bytes of a stored file, or null when storage has no such file. */
export async function readStoredFile(fileId: string): Promise<Buffer | null> {
  try {
    const { fileContent } = await getCloud().downloadFile({ fileID: fileId })
    return fileContent ?? null
  } catch (error) {
    if (/NONEXIST|not ?exist|NoSuchKey/i.test(`${errorText(error)} ${String((error as { code?: unknown })?.code ?? '')}`)) return null
    throw error
  }
}

/** Writes `bytes` under `folder/` for one download: the file id and a temporary URL. */
export async function storeForDownload(folder: string, extension: string, bytes: Buffer): Promise<StoredDownload> {
  const day = new Date().toISOString().slice(0, 10)
  const cloudPath = `${folder}/${day}/${Date.now()}-${randomBytes(6).toString('hex')}.${extension}`
  const { fileID } = await getCloud().uploadFile({ cloudPath, fileContent: bytes })
  await removeLater(fileID)
  const answer = await getCloud().getTempFileURL({ fileList: [{ fileID, maxAge: URL_MAX_AGE_S }] })
  const url = answer ? answer.fileList[0]?.tempFileURL : undefined
  if (!url) throw new Error(`storage gave no temporary URL for ${fileID}`)
  return { fileId: fileID, url, expiresAt: new Date(Date.now() + URL_MAX_AGE_S * 1000).toISOString() }
}

/** Records a file to be removed a day from now (a second record of the same file is a no-op). */
export async function removeLater(fileId: string): Promise<void> {
  const _id = `tmp:${createHash('sha256').update(fileId).digest('hex').slice(0, 40)}`
  try {
    await insert('temporaryFiles', { _id, fileId, deleteAfter: new Date(Date.now() + KEEP_MS) })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
}

/** Removes temporary files past their day, 50 at a time; how many were removed. */
export async function removeExpiredFiles(now = new Date()): Promise<number> {
  let removed = 0
  for (;;) {
    const due = await findMany<{ _id: string; fileId: string }>('temporaryFiles', { deleteAfter: command().lte(now) }, { limit: 50 })
    if (!due.length) return removed
    await getCloud().deleteFile({ fileList: due.map((file) => file.fileId) })
    await collection('temporaryFiles')
      .where({ _id: command().in(due.map((file) => file._id)) })
      .remove()
    removed += due.length
  }
}
