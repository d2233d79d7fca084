/**
 * The local cloud's answer to the SDK's storage calls (`cloud.uploadFile`, `getTempFileURL`,
 * `downloadFile`, `deleteFile`), over the same file store the H5 upload endpoint writes:
 *   storage.getUploadMetadata   → a PUT target under /tcb/_storage/put/… (loopback only, like /tcb)
 *                                 and the fileID `cloud://<env>.local/<cloudPath>`
 *   storage.batchGetDownloadUrl → temporary URLs /_storage/<token>: signed, expiring after max_age
 *                                 (default 2 hours, WeChat's), for `cloud://` ids and H5 uploads (`local:`)
 *   storage.batchDeleteFile     → removes the files
 * A temporary URL past its time answers 403, as COS does.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { dirname, join } from 'node:path'
import { CONTENT_TYPES, extensionOf, localFileName } from '../../core/files'
import { readLimited } from '../host/http-utils'

const DEFAULT_MAX_AGE_S = 7200
const MAX_UPLOAD = 50 * 1024 * 1024
const CLOUD_PATH = /^[\w.-]+(\/[\w.-]+){0,8}$/

export interface StorageStandIn {
  answer(env: string, params: Record<string, unknown>, origin: string): Record<string, unknown> | null
  /** PUT /tcb/_storage/put/<env>/<path> and GET /_storage/<token>; false when the path is not one of them. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>
  /** Where a file id's bytes are kept, or null for an id this store does not hold. */
  pathOf(fileId: string): string | null
}

export function createStorageStandIn(filesDir: string, now: () => number = Date.now): StorageStandIn {
  const secret = randomBytes(32)
  mkdirSync(filesDir, { recursive: true })

  function cloudFileId(env: string, cloudPath: string): string {
    return `cloud://${env}.local/${cloudPath}`
  }

  function pathOf(fileId: string): string | null {
    const local = localFileName(fileId)
    if (local) return join(filesDir, local)
    const match = /^cloud:\/\/([\w-]+)\.local\/(.+)$/.exec(fileId)
    if (!match || !CLOUD_PATH.test(match[2]) || match[2].split('/').some((part) => part === '..' || part === '.')) return null
    return join(filesDir, 'cloud', match[1], match[2])
  }

  function sign(payload: string): string {
    return createHmac('sha256', secret).update(payload).digest('base64url')
  }

  function temporaryUrl(origin: string, fileId: string, maxAgeS: number): string {
    const payload = Buffer.from(JSON.stringify({ f: fileId, e: now() + maxAgeS * 1000 })).toString('base64url')
    const name = encodeURIComponent(fileId.split('/').pop() ?? 'file')
    return `${origin}/_storage/${payload}.${sign(payload)}/${name}`
  }

  function answer(env: string, params: Record<string, unknown>, origin: string): Record<string, unknown> | null {
    switch (params.action) {
      case 'storage.getUploadMetadata': {
        const cloudPath = params.path
        if (typeof cloudPath !== 'string' || !CLOUD_PATH.test(cloudPath) || cloudPath.includes('..'))
          return { code: 'INVALID_PARAM', message: 'cloudPath is invalid' }
        const fileId = cloudFileId(env, cloudPath)
        const target = `${env}/${cloudPath}`
        return {
          data: {
            url: `${origin}/tcb/_storage/put/${target}?sig=${sign(`put:${target}`)}`,
            token: 'local',
            authorization: 'local',
            fileId,
            cosFileId: fileId,
          },
        }
      }
      case 'storage.batchGetDownloadUrl': {
        const list = Array.isArray(params.file_list) ? (params.file_list as Array<Record<string, unknown>>) : []
        return {
          data: {
            download_list: list.map((item) => {
              const fileID = String(item?.fileid ?? '')
              const path = pathOf(fileID)
              if (!path || !existsSync(path)) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
              const maxAge = typeof item.max_age === 'number' && item.max_age > 0 ? item.max_age : DEFAULT_MAX_AGE_S
              return { fileID, tempFileURL: temporaryUrl(origin, fileID, maxAge), code: 'SUCCESS', maxAge }
            }),
          },
        }
      }
      case 'storage.batchDeleteFile': {
        const list = Array.isArray(params.fileid_list) ? (params.fileid_list as unknown[]) : []
        return {
          data: {
            delete_list: list.map((value) => {
              const fileID = String(value)
              const path = pathOf(fileID)
              if (!path || !existsSync(path)) return { fileID, code: 'STORAGE_FILE_NONEXIST' }
              rmSync(path, { force: true })
              return { fileID, code: 'SUCCESS' }
            }),
          },
        }
      }
      default:
        return null
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    const put = /^\/tcb\/_storage\/put\/([\w-]+)\/(.+)$/.exec(pathname)
    if (put && req.method === 'PUT') {
      const target = `${put[1]}/${decodeURIComponent(put[2])}`
      const sig = new URL(req.url ?? '/', 'http://local').searchParams.get('sig') ?? ''
      const path = pathOf(cloudFileId(put[1], decodeURIComponent(put[2])))
      if (!path || !same(sig, sign(`put:${target}`))) return cosError(res, 403, 'AccessDenied', 'signature mismatch')
      const bytes = await readLimited(req, MAX_UPLOAD)
      if (!bytes) return cosError(res, 400, 'EntityTooLarge', 'file too large')
      mkdirSync(dirname(path), { recursive: true })
      const temp = `${path}.upload-${randomBytes(6).toString('hex')}`
      writeFileSync(temp, bytes)
      renameSync(temp, path)
      res.writeHead(200, { 'content-length': 0 })
      res.end()
      return true
    }
    const get = /^\/_storage\/([\w-]+)\.([\w-]+)\/[^/]*$/.exec(pathname)
    if (get && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!same(get[2], sign(get[1]))) return cosError(res, 403, 'AccessDenied', 'signature mismatch')
      const { f: fileId, e: expires } = JSON.parse(Buffer.from(get[1], 'base64url').toString('utf8')) as { f: string; e: number }
      if (now() > expires) return cosError(res, 403, 'AccessDenied', 'Request has expired')
      const path = pathOf(fileId)
      if (!path || !existsSync(path)) return cosError(res, 404, 'NoSuchKey', 'The specified key does not exist.')
      const bytes = readFileSync(path)
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extensionOf(path)] ?? 'application/octet-stream',
        'content-length': statSync(path).size,
        'cache-control': 'private, no-store',
      })
      res.end(req.method === 'HEAD' ? undefined : bytes)
      return true
    }
    return false
  }

  return { answer, serve, pathOf }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cosError(res: ServerResponse, status: number, code: string, message: string): true {
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>`
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) })
  res.end(body)
  return true
}
