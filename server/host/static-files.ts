import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
}

/** Serves the H5 build; unknown paths fall back to index.html so the app's router can take them. */
export function createStaticHandler(rootDir: string) {
  const root = resolve(rootDir)
  return function serveStatic(req: IncomingMessage, res: ServerResponse): void {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname)
    const candidate = resolve(join(root, normalize(pathname)))
    const inside = candidate === root || candidate.startsWith(root + sep)
    const file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(root, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('H5 尚未构建：请先运行 npm run build:h5')
      return
    }
    const isHtml = file.endsWith('.html')
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
  }
}
