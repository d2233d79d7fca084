import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { startLocalCloud, type RunningCloud } from './local-cloud'
import { P, signIn } from '../support'

let cloud: RunningCloud
const dataDirs = new Set<string>()

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(async () => {
  await cloud?.stop()
  for (const dir of dataDirs) rmSync(dirname(dir), { recursive: true, force: true })
})

describe('local cloud HTTP API', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${cloud.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('seeds the demo community on first start and lists the demo people for local sign-in', async () => {
    expect(cloud.output()).toMatch(/已生成演示社区：\d+ 名党员，\d+ 名居民/)
    const res = await fetch(`${cloud.url}/api/dev/identities`)
    const body = (await res.json()) as { ok: true; data: { identities: Array<{ openid: string; role: string; name: string }> } }
    const roles = body.data.identities.map((identity) => identity.role)
    expect(roles).toEqual(expect.arrayContaining(['admin', 'secretary', 'member', 'resident']))
    expect(body.data.identities.find((i) => i.openid === P.elder.openid)).toMatchObject({ role: 'member', elder: true, name: '李桂兰' })
  })

  it('runs a cloud function as the signed-in person', async () => {
    const call = await signIn(cloud.url, P.secretary)
    const { status, body } = await call.post('members', 'me')
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, data: { role: 'secretary', person: { name: '刘秀英' } } })
  })

  it('treats an unknown openid as a new WeChat visitor', async () => {
    const call = await signIn(cloud.url, 'visitor-e2e-1')
    expect(await call.members.me()).toMatchObject({ ok: true, data: { role: 'visitor', person: null } })
  })

  it('answers with statuses that fit the error', async () => {
    const call = await signIn(cloud.url, P.member)
    expect(await call.post('members', 'nope')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION' } } })
    expect(await call.post('members', 'me', { extra: 1 })).toMatchObject({
      status: 400,
      body: { error: { code: 'COMMON.VALIDATION', field: 'extra' } },
    })
    expect(await call.post('nosuchfunction', 'me')).toMatchObject({ status: 404 })
  })

  it('refuses calls without a valid token', async () => {
    const anonymous = await fetch(`${cloud.url}/api/members`, { method: 'POST', body: JSON.stringify({ action: 'me', data: {} }) })
    expect(anonymous.status).toBe(401)
    const forged = await fetch(`${cloud.url}/api/members`, {
      method: 'POST',
      body: JSON.stringify({ action: 'me', data: {} }),
      headers: { authorization: `Bearer ${Buffer.from(P.admin.openid).toString('base64url')}.forged` },
    })
    expect(forged.status).toBe(401)
  })

  it('rejects malformed JSON without crashing', async () => {
    const login = await fetch(`${cloud.url}/api/dev/login`, { method: 'POST', body: '{not json' })
    expect(login.status).toBe(400)
  })

  it('serves the H5 app at / and for app routes', async () => {
    for (const path of ['/', '/pages/home/index']) {
      const res = await fetch(`${cloud.url}${path}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/html')
    }
    const traversal = await fetch(`${cloud.url}/..%2f..%2fpackage.json`)
    expect(await traversal.text()).not.toContain('"devDependencies"')
  })

  it('stores uploads by content after checking kind, size and bytes, and serves them back', async () => {
    const login = await fetch(`${cloud.url}/api/dev/login`, { method: 'POST', body: JSON.stringify({ openid: P.resident.openid }) })
    const { data } = (await login.json()) as { data: { token: string } }
    const upload = (query: string, body: Uint8Array<ArrayBuffer>, token: string | null = data.token) =>
      fetch(`${cloud.url}/api/files?${query}`, { method: 'POST', body, headers: token ? { authorization: `Bearer ${token}` } : {} })
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])

    const stored = await upload('kind=image&name=photo.png', png)
    const body = (await stored.json()) as { ok: boolean; data: { fileId: string; size: number } }
    expect(body).toMatchObject({ ok: true, data: { fileId: expect.stringMatching(/^local:[0-9a-f]{64}\.png$/), size: png.length } })
    const served = await fetch(`${cloud.url}/api/files/${body.data.fileId.slice('local:'.length)}`)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png)

    expect((await upload('kind=image&name=photo.png', png, null)).status).toBe(401)
    const rejections = [
      await upload('kind=image&name=notes.txt', png),
      await upload('kind=pdf&name=photo.pdf', png),
      await upload('kind=image&name=big.png', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x89)),
      await upload('kind=virus&name=photo.png', png),
    ]
    for (const res of rejections) {
      expect(res.status).toBe(400)
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^(FILE.REJECTED|COMMON.VALIDATION)$/)
    }
    expect((await fetch(`${cloud.url}/api/files/${'0'.repeat(64)}.png`)).status).toBe(404)
    expect((await fetch(`${cloud.url}/api/files/..%2f..%2fpackage.json`)).status).toBe(404)
  })

  it('keeps its data across a restart', async () => {
    const dataDir = cloud.dataDir
    dataDirs.add(dataDir)
    await cloud.kill()
    cloud = await startLocalCloud({ dataDir })
    expect(cloud.output()).not.toMatch(/已生成演示社区/)
    const call = await signIn(cloud.url, P.member)
    expect(await call.members.me()).toMatchObject({ ok: true, data: { person: { name: '张晓东' } } })
  })
})
