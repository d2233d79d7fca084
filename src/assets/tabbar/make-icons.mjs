// Draws the tab bar icons (81×81 PNG, grey + Party red) with nothing but node:zlib.
// Run: node src/assets/tabbar/make-icons.mjs — the PNGs beside this file are its output.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SIZE = 81
const SS = 4 // supersampling per axis, for smooth edges
const COLORS = { normal: [0x5f, 0x63, 0x68], active: [0xc8, 0x16, 0x1d] }

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const inRing = (x, y, cx, cy, r, w) => inCircle(x, y, cx, cy, r) && !inCircle(x, y, cx, cy, r - w)
const inTriangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry)
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}

// Each shape: (x, y) in 0..81 → covered?
const SHAPES = {
  home: (x, y) =>
    (inTriangle(x, y, [40.5, 10], [8, 40], [73, 40]) && !inTriangle(x, y, [40.5, 19], [20, 38], [61, 38])) ||
    (inRect(x, y, 17, 36, 64, 70) && !inRect(x, y, 23, 36, 58, 64)) ||
    inRect(x, y, 34, 48, 47, 70),
  activities: (x, y) =>
    (inRect(x, y, 12, 18, 69, 70) && !inRect(x, y, 18, 34, 63, 64)) ||
    inRect(x, y, 24, 10, 30, 24) || inRect(x, y, 51, 10, 57, 24) ||
    inRect(x, y, 25, 41, 34, 49) || inRect(x, y, 47, 41, 56, 49) || inRect(x, y, 25, 53, 34, 60),
  points: (x, y) => {
    const star = (px, py) => {
      const pts = []
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5
        const r = i % 2 === 0 ? 17 : 7.5
        pts.push([40.5 + r * Math.cos(a), 40.5 + r * Math.sin(a)])
      }
      for (let i = 0; i < 10; i += 2) {
        if (inTriangle(px, py, [40.5, 40.5], pts[i], pts[(i + 1) % 10])) return true
        if (inTriangle(px, py, [40.5, 40.5], pts[i], pts[(i + 9) % 10])) return true
      }
      return false
    }
    return inRing(x, y, 40.5, 40.5, 31, 6) || star(x, y)
  },
  mine: (x, y) =>
    (inCircle(x, y, 40.5, 27, 15) && !inCircle(x, y, 40.5, 27, 9)) ||
    (inCircle(x, y, 40.5, 78, 32) && !inCircle(x, y, 40.5, 78, 26) && y <= 72) ||
    inRect(x, y, 8.5, 66, 72.5, 72),
}

function crc32(buf) {
  let c, crc = 0xffffffff
  for (const b of buf) {
    c = (crc ^ b) & 0xff
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crc = (crc >>> 8) ^ c
  }
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function png(shape, [r, g, b]) {
  const rows = []
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4)
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) if (shape(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)) hits++
      row.set([r, g, b, Math.round((255 * hits) / (SS * SS))], 1 + x * 4)
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const here = dirname(fileURLToPath(import.meta.url))
for (const [name, shape] of Object.entries(SHAPES)) {
  writeFileSync(join(here, `${name}.png`), png(shape, COLORS.normal))
  writeFileSync(join(here, `${name}-active.png`), png(shape, COLORS.active))
}
