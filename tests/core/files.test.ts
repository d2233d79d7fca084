import { fileIdSchema } from '../../core/contract/files'
import { contentMatches, fileProblem, localFileName, sniffExtension } from '../../core/files'

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0, 0, 0, 0, 0])

describe('upload rules', () => {
  it('checks the kind by extension and the size against the kind', () => {
    expect(fileProblem('image', 'a.JPG', 1000)).toBeNull()
    expect(fileProblem('image', 'a.pdf', 1000)).toMatch(/只能上传图片/)
    expect(fileProblem('pdf', 'a.pdf', 21 * 1024 * 1024)).toMatch(/太大/)
    expect(fileProblem('audio', 'a.mp3', 0)).toMatch(/空/)
  })

  it('recognises content by its first bytes', () => {
    expect(sniffExtension(bytes(0xff, 0xd8, 0xff))).toBe('jpg')
    expect(sniffExtension(bytes(0x25, 0x50, 0x44, 0x46))).toBe('pdf')
    expect(sniffExtension(bytes(0x49, 0x44, 0x33))).toBe('mp3')
    expect(sniffExtension(bytes(0xff, 0xfb))).toBe('mp3')
    expect(sniffExtension(bytes(0xff, 0xf1))).toBe('aac')
    expect(sniffExtension(bytes(0x3c, 0x73, 0x63))).toBeNull()
    expect(contentMatches('jpeg', 'jpg')).toBe(true)
    expect(contentMatches('png', 'pdf')).toBe(false)
  })

  it('accepts only file ids the stores hand out', () => {
    const local = `local:${'a'.repeat(64)}.png`
    expect(fileIdSchema.safeParse(local).success).toBe(true)
    expect(fileIdSchema.safeParse('cloud://env-1.7072/uploads/image/2026-11/1-abc.jpg').success).toBe(true)
    for (const bad of ['http://evil/x.png', 'local:../../etc/passwd', `local:${'a'.repeat(64)}.png/..`, { $gt: '' }]) {
      expect(fileIdSchema.safeParse(bad).success).toBe(false)
    }
    expect(localFileName(local)).toBe(`${'a'.repeat(64)}.png`)
    expect(localFileName('local:../x')).toBeNull()
  })
})
