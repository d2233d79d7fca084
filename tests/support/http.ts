import { callerOver, openidOf, type Caller, type Who } from './caller'
import { dataOf, type Reply } from './reply'

/** The local cloud's HTTP answer: its status and the reply envelope. */
export interface HttpAnswer {
  status: number
  body: Reply<unknown>
}

export type HttpCaller = Caller & {
  /** The same call, with the HTTP status (for the host's own behaviour: statuses, unknown functions). */
  post(fn: string, action: string, data?: unknown): Promise<HttpAnswer>
}

/**
 * Signs in through the local sign-in API as `who` and returns the typed caller over
 * `POST /api/<function>` (the path the H5 app takes).
 */
export async function signIn(url: string, who: Who): Promise<HttpCaller> {
  const openid = openidOf(who)
  const login = await fetch(`${url}/api/dev/login`, {
    method: 'POST',
    body: JSON.stringify({ openid }),
    headers: { 'content-type': 'application/json' },
  })
  const { data } = (await login.json()) as { data: { token: string } }
  const post = async (fn: string, action: string, payload: unknown = {}): Promise<HttpAnswer> => {
    const res = await fetch(`${url}/api/${fn}`, {
      method: 'POST',
      body: JSON.stringify({ action, data: payload }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
    })
    return { status: res.status, body: (await res.json()) as Reply<unknown> }
  }
  return { ...callerOver(openid, async (fn, action, payload) => (await post(fn, action, payload)).body), post }
}

let registered = 0

/**
 * A new WeChat visitor who registers as a resident over HTTP (an openid and a phone number of their
 * own in this process): their typed caller, their person id and openid.
 */
export async function newResident(
  url: string,
  label: string,
  person: { name?: string; building?: string } = {},
): Promise<{ call: HttpCaller; personId: string; openid: string }> {
  registered++
  const openid = `resident-${label}-${process.pid}-${registered}`
  const call = await signIn(url, openid)
  const phone = `139${String(10_000_000 + ((process.pid * 1000 + registered) % 90_000_000)).slice(-8)}`
  const { residentId } = dataOf(
    await call.members.register({
      name: person.name ?? `测试居民${registered}`,
      phone,
      building: person.building ?? '琼林苑1栋',
      unit: '1单元',
    }),
    'register',
  )
  return { call, personId: residentId, openid }
}
