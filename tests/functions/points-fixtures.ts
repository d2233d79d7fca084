import { postPoints } from '../../cloudfunctions/_core/ledger'
import { callAs, dataOf, P } from '../support'
import { docOf, type Db } from './helpers'

/** Credits points to a person through the ledger (as attendance at an activity would). */
export async function credit(personId: string, amount: number, key = `attendance:test-${Math.random().toString(36).slice(2)}:${personId}`) {
  const outcome = await postPoints({ key, accountId: personId, amount, minutes: 60, kind: 'attendance', reason: '参加活动「楼道清洁」' })
  if (!outcome.ok) throw new Error(outcome.error.code)
  return outcome.value
}

export async function makeReward(fields: { name?: string; price: number; stock: number; monthlyLimit?: number }): Promise<string> {
  const reply = await callAs(P.admin).points.upsertReward({
    name: fields.name ?? '大米 5 斤',
    price: fields.price,
    stockChange: fields.stock,
    monthlyLimit: fields.monthlyLimit ?? 10,
  })
  return dataOf(reply).reward.id
}

export async function makeCategory(name = '互帮互助', pointsValue = 20): Promise<string> {
  return dataOf(await callAs(P.admin).points.upsertCategory({ name, points: pointsValue })).category.id
}

export async function balanceOf(db: Db, personId: string): Promise<number> {
  return (await docOf<{ balance: number }>(db, 'pointAccounts', personId))?.balance ?? 0
}

let seq = 0
export const rid = (label = 'req') => `${label}-${Date.now().toString(36)}-${(seq++).toString(36)}`
