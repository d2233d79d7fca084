import { main as points } from '../../cloudfunctions/points'
import { postPoints } from '../../cloudfunctions/_core/ledger'
import { callAs, seedCommunity, useFunctionEnv } from './helpers'
import { dataOf, type Reply } from './members-fixtures'

export { dataOf, type Reply }

/** Seeded people (the demo community is deterministic). */
export const P = {
  resident: { openid: 'demo-resident', id: 'r-0001', name: '赵丽娜' },
  member: { openid: 'demo-member', id: 'm-member' },
  elder: { openid: 'demo-elder', id: 'm-elder' },
  secretary: { openid: 'demo-secretary', id: 'm-secretary' },
  secretary2: { openid: 'demo-secretary-2', id: 'm-secretary-2' },
  admin: { openid: 'demo-admin', id: 'm-admin' },
} as const

export type Db = Awaited<ReturnType<typeof useFunctionEnv>>['db']

export const call = <T = unknown>(openid: string, action: string, data: unknown = {}) => callAs<Reply<T>>(points, openid, action, data)

export function codeOf(reply: Reply): string | null {
  return reply.ok ? null : reply.error.code
}

/** A clean env with the demo community (people and orgs) and nothing in the bank. */
export async function usePointsEnv(prefix: string): Promise<{ db: Db }> {
  const { db } = await useFunctionEnv(prefix)
  await seedCommunity(db)
  return { db }
}

/** Credits points to a person through the ledger (as attendance at an activity would). */
export async function credit(personId: string, amount: number, key = `attendance:test-${Math.random().toString(36).slice(2)}:${personId}`) {
  const outcome = await postPoints({ key, accountId: personId, amount, minutes: 60, kind: 'attendance', reason: '参加活动「楼道清洁」' })
  if (!outcome.ok) throw new Error(outcome.error.code)
  return outcome.value
}

export async function makeReward(fields: { name?: string; price: number; stock: number; monthlyLimit?: number }): Promise<string> {
  const reply = await call<{ reward: { id: string } }>(P.admin.openid, 'upsertReward', {
    name: fields.name ?? '大米 5 斤',
    price: fields.price,
    stockChange: fields.stock,
    monthlyLimit: fields.monthlyLimit ?? 10,
  })
  return dataOf(reply).reward.id
}

export async function makeCategory(name = '互帮互助', pointsValue = 20): Promise<string> {
  return dataOf(await call<{ category: { id: string } }>(P.admin.openid, 'upsertCategory', { name, points: pointsValue })).category.id
}

export const countOf = async (db: Db, collection: string, where: object = {}) =>
  ((await db.collection(collection).where(where).count()) as unknown as { total: number }).total

export async function docOf<T>(db: Db, collection: string, id: string): Promise<T | null> {
  const res = (await db.collection(collection).where({ _id: id }).get()) as unknown as { data: T[] }
  return res.data[0] ?? null
}

export async function balanceOf(db: Db, personId: string): Promise<number> {
  return (await docOf<{ balance: number }>(db, 'pointAccounts', personId))?.balance ?? 0
}

let seq = 0
export const rid = (label = 'req') => `${label}-${Date.now().toString(36)}-${(seq++).toString(36)}`
