/**
 * 结对 under concurrency: a helper's pairedElderIds and their elders' helperId change together (one
 * transaction), so parallel setPairing / removePairing / archive calls can never leave an elder
 * claimed by two helpers, a link pointing one way only, a helper with more than two elders, or an
 * archived member still paired.
 */
import type { MemberDoc } from '../../core/model'
import { relationConfirmationId } from '../../core/rules/roster'
import { callAs, codeOf, dataOf, membersOf, P } from '../support'
import { countOf, useCommunityDb } from './helpers'

jest.setTimeout(300000)

const db = useCommunityDb('members_pairing')

const branch = membersOf('org-b1').filter((m) => !m.archived)
const ELDERS = branch.filter((m) => m.elder).map((m) => m._id)
const HELPERS = branch
  .filter((m) => !m.elder && !['m-admin', 'm-secretary'].includes(m._id))
  .slice(0, 5)
  .map((m) => m._id)

async function allMembers(): Promise<MemberDoc[]> {
  const res = (await db.collection('members').limit(1000).get()) as unknown as { data: MemberDoc[] }
  return res.data
}

async function member(id: string): Promise<MemberDoc> {
  return ((await db.collection('members').doc(id).get()) as unknown as { data: MemberDoc }).data
}

/** Every way the two directions of 结对 can disagree, as readable lines (empty when consistent). */
async function pairingProblems(): Promise<string[]> {
  const docs = await allMembers()
  const byId = new Map(docs.map((doc) => [doc._id, doc]))
  const problems: string[] = []
  for (const doc of docs) {
    const list = doc.pairedElderIds ?? []
    if (list.length > 2) problems.push(`${doc._id} has ${list.length} elders`)
    if (new Set(list).size !== list.length) problems.push(`${doc._id} lists an elder twice`)
    if (doc.archived && (list.length || doc.helperId)) problems.push(`archived ${doc._id} is still paired`)
    for (const elderId of list) {
      if (byId.get(elderId)?.helperId !== doc._id)
        problems.push(`${doc._id} lists ${elderId}, whose helperId is ${byId.get(elderId)?.helperId}`)
    }
    if (doc.helperId) {
      const claimants = docs.filter((other) => (other.pairedElderIds ?? []).includes(doc._id)).map((other) => other._id)
      if (claimants.length !== 1 || claimants[0] !== doc.helperId)
        problems.push(`${doc._id}.helperId = ${doc.helperId}, listed by [${claimants.join(', ')}]`)
    }
  }
  return problems
}

/** A small deterministic PRNG, so a failing mix can be replayed. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] }
}

it('has enough people in the branch for the races below', () => {
  expect(ELDERS.length).toBeGreaterThanOrEqual(6)
  expect(HELPERS.length).toBe(5)
})

describe('parallel pairing', () => {
  it('keeps both directions consistent whatever mix of setPairing and removePairing runs at once', async () => {
    expect(await pairingProblems()).toEqual([])
    const rnd = random(20260501)
    for (let round = 0; round < 3; round++) {
      const calls = Array.from({ length: 16 }, () => {
        const reviewer = rnd.pick([P.secretary.openid, P.admin.openid])
        if (rnd.int(5) === 0) return callAs(reviewer).members.removePairing({ elderMemberId: rnd.pick(ELDERS) })
        const first = rnd.pick(ELDERS)
        const second = rnd.pick(ELDERS)
        return callAs(reviewer).members.setPairing({
          helperMemberId: rnd.pick(HELPERS),
          elderMemberIds: first === second ? [first] : [first, second],
        })
      })
      const replies = await Promise.all(calls)
      expect(replies.map(codeOf).filter((code) => code !== 'ok')).toEqual([])
      expect(await pairingProblems()).toEqual([])
    }
  })

  it('gives an elder claimed by several helpers at once exactly one helper', async () => {
    const [contested, other1, other2] = ELDERS
    const replies = await Promise.all(
      HELPERS.map((helperId, i) =>
        callAs(P.secretary).members.setPairing({ helperMemberId: helperId, elderMemberIds: [contested, i % 2 ? other1 : other2] }),
      ),
    )
    expect(replies.map(codeOf)).toEqual(HELPERS.map(() => 'ok'))
    const docs = await allMembers()
    const claimants = docs.filter((doc) => (doc.pairedElderIds ?? []).includes(contested))
    expect(claimants).toHaveLength(1)
    expect((await member(contested)).helperId).toBe(claimants[0]._id)
    expect(await pairingProblems()).toEqual([])
  })

  it('shows each helper exactly the elders whose helperId names them', async () => {
    for (const helperId of HELPERS) {
      const openid = (await member(helperId)).openid
      if (!openid) continue
      const shown = dataOf(await callAs(openid).members.myElders())
        .elders.map((e) => e.id)
        .sort()
      expect(shown).toEqual([...((await member(helperId)).pairedElderIds ?? [])].sort())
    }
  })
})

describe('archive ends pairings', () => {
  it('frees the elders of an archived helper and takes an archived elder off their helper, in both directions', async () => {
    const [helper, otherHelper] = HELPERS
    const [e1, e2, e3] = ELDERS
    dataOf(await callAs(P.secretary).members.setPairing({ helperMemberId: helper, elderMemberIds: [e1, e2] }))
    dataOf(await callAs(P.secretary).members.setPairing({ helperMemberId: otherHelper, elderMemberIds: [e3] }))

    dataOf(await callAs(P.secretary).members.archive({ memberId: helper }))
    expect(await member(helper)).toMatchObject({ archived: true, pairedElderIds: [] })
    expect((await member(e1)).helperId).toBeNull()
    expect((await member(e2)).helperId).toBeNull()
    const audit = (await db.collection('auditLogs').where({ action: 'members.archive', target: helper }).get()) as unknown as {
      data: Array<{ detail?: { releasedElderIds?: string[] } }>
    }
    expect(audit.data).toHaveLength(1)
    expect([...(audit.data[0].detail?.releasedElderIds ?? [])].sort()).toEqual([e1, e2].sort())

    dataOf(await callAs(P.secretary).members.archive({ memberId: e3 }))
    expect(await member(e3)).toMatchObject({ archived: true, helperId: null })
    expect((await member(otherHelper)).pairedElderIds).toEqual([])
    expect(await pairingProblems()).toEqual([])

    // Restoring brings the member back, not the pairings; an archived person cannot be paired.
    expect(codeOf(await callAs(P.secretary).members.setPairing({ helperMemberId: otherHelper, elderMemberIds: [e3] }))).toBe(
      'MEMBER.ARCHIVED',
    )
    dataOf(await callAs(P.secretary).members.archive({ memberId: helper, archived: false }))
    dataOf(await callAs(P.secretary).members.archive({ memberId: e3, archived: false }))
    expect(await member(helper)).toMatchObject({ archived: false, pairedElderIds: [] })
    expect(await member(e3)).toMatchObject({ archived: false, helperId: null })
  })

  it('never leaves an archived member paired when archive and setPairing race', async () => {
    const rnd = random(7)
    for (let round = 0; round < 6; round++) {
      const helper = HELPERS[round % HELPERS.length]
      const elders = [ELDERS[rnd.int(ELDERS.length)], ELDERS[rnd.int(ELDERS.length)]]
      const target = round % 2 ? helper : elders[0]
      const replies = await Promise.all([
        callAs(P.secretary).members.setPairing({ helperMemberId: helper, elderMemberIds: [...new Set(elders)] }),
        callAs(P.admin).members.archive({ memberId: target }),
        callAs(P.secretary).members.setPairing({ helperMemberId: helper, elderMemberIds: [...new Set(elders)] }),
      ])
      // A pairing that lands after the archive is refused; one before it is undone by the archive.
      expect(replies.map(codeOf).filter((code) => code !== 'ok' && code !== 'MEMBER.ARCHIVED')).toEqual([])
      expect(await pairingProblems()).toEqual([])
      dataOf(await callAs(P.admin).members.archive({ memberId: target, archived: false }))
    }
  })
})

describe('a retried confirmation completes what a lost first attempt left half-done', () => {
  it("stamps the elder's roster entry even when the confirmation record already exists", async () => {
    const { check } = dataOf(await callAs(P.admin).members.startRelationCheck({ title: '结对排查' }))
    const elderId = ELDERS[1]
    dataOf(await callAs(P.secretary).members.setPairing({ helperMemberId: 'm-member', elderMemberIds: [elderId] }))
    // The first attempt recorded the confirmation and then died before stamping the member.
    await db.collection('relationConfirmations').add({
      data: {
        _id: relationConfirmationId(check.id, elderId),
        checkId: check.id,
        memberId: elderId,
        orgPath: (await member(elderId)).orgPath,
        method: 'helper',
        byOpenid: P.member.openid,
        byMemberId: 'm-member',
        at: new Date(),
      },
    })
    expect((await member(elderId)).lastConfirmedCheckId).not.toBe(check.id)

    const retried = dataOf(await callAs(P.member).members.confirmRelation({ forMemberId: elderId }))
    expect(retried).toMatchObject({ method: 'helper', firstConfirmation: false })
    expect(await member(elderId)).toMatchObject({ lastConfirmedCheckId: check.id, lastContactAt: expect.any(Date) })
    expect(await countOf(db, 'relationConfirmations', { checkId: check.id, memberId: elderId })).toBe(1)
  })

  it('audits a confirmation by a manager once, however many are sent at once', async () => {
    const { check } = dataOf(await callAs(P.admin).members.startRelationCheck({ title: '结对排查' }))
    const target = ELDERS[2]
    const replies = await Promise.all(Array.from({ length: 4 }, () => callAs(P.secretary).members.confirmRelation({ forMemberId: target })))
    expect(replies.map(codeOf)).toEqual(['ok', 'ok', 'ok', 'ok'])
    expect((await member(target)).lastConfirmedCheckId).toBe(check.id)
    expect(await countOf(db, 'auditLogs', { action: 'members.confirmRelation', target })).toBe(1)
  })
})
