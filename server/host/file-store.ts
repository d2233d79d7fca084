import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { fail, ok } from '../../core/envelope'
import { appError } from '../../core/errors'
import {
  CONTENT_TYPES,
  contentMatches,
  extensionOf,
  fileProblem,
  FILE_KINDS,
  isFileKind,
  localFileName,
  sniffExtension,
} from '../../core/files'
import { readLimited, sendJson } from './http-utils'

/**
 * The local cloud's stand-in for WeChat cloud storage:
 *   POST /api/files?kind=image&name=photo.jpg   raw bytes → { fileId: 'local:<sha256>.<ext>' } (signed in)
 *   GET  /api/files/<sha256>.<ext>              the file
 * Kind, size and content (magic bytes) are checked before anything is written; the file is written
 * to a temporary name and renamed, so a failed upload leaves nothing behind.
 */
export function createFileStore(dir: string) {
  mkdirSync(dir, { recursive: true })

  async function upload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const kind = url.searchParams.get('kind')
    const name = url.searchParams.get('name') ?? ''
    if (!isFileKind(kind)) return sendJson(res, 400, fail(appError('COMMON.VALIDATION', '文件类型不正确', 'kind')))
    const declared = Number(req.headers['content-length'] ?? 0)
    const early = fileProblem(kind, name, declared || 1)
    if (early) return sendJson(res, 400, fail(appError('FILE.REJECTED', early)))

    const bytes = await readLimited(req, FILE_KINDS[kind].maxBytes)
    const problem = bytes ? fileProblem(kind, name, bytes.length) : fileProblem(kind, name, Infinity)
    if (problem || !bytes) return sendJson(res, 400, fail(appError('FILE.REJECTED', problem ?? undefined)))
    const extension = extensionOf(name) === 'jpeg' ? 'jpg' : extensionOf(name)
    if (!contentMatches(extension, sniffExtension(bytes))) {
      return sendJson(res, 400, fail(appError('FILE.REJECTED', `文件内容不是${FILE_KINDS[kind].label}，请重新选择`)))
    }

    const fileName = `${createHash('sha256').update(bytes).digest('hex')}.${extension}`
    const target = join(dir, fileName)
    if (!existsSync(target)) {
      const temp = join(dir, `.upload-${randomBytes(8).toString('hex')}`)
      writeFileSync(temp, bytes)
      renameSync(temp, target)
    }
    sendJson(res, 200, ok({ fileId: `local:${fileName}`, size: bytes.length }))
  }

  function download(res: ServerResponse, name: string): void {
    const fileName = localFileName(`local:${name}`)
    const path = fileName ? join(dir, fileName) : null
    if (!path || !existsSync(path)) return sendJson(res, 404, fail(appError('COMMON.NOT_FOUND')))
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extensionOf(name)] ?? 'application/octet-stream',
      'content-length': statSync(path).size,
      // Content-addressed: a name never changes content.
      'cache-control': 'public, max-age=31536000, immutable',
    })
    createReadStream(path).pipe(res)
  }

  return { upload, download }
}
