/**
 * 民主评议, anonymous by construction: a ballot holds the campaign and the grades only (random id, no
 * voter, no time, every subject graded so its key set names nobody); who voted is kept apart (no
 * time), written in the ballot's transaction, so each person votes once. Every read action is tried
 * as every kind of caller, and the database itself is inspected: no ballot can be linked to its voter,
 * and no tally or turnout shows before the close.
 */
import { COLLECTION_NAMES } from '../../core/collections'
import { communityActions } from '../../core/contract/community'
import { GRADES, type EvaluationBallotDoc, type Grade } from '../../core/community/evaluation'
import type { MemberDoc } from '../../core/model'
import { callAs, codeOf, dataOf, P, TABLE_CALLERS, unchecked } from '../support'
import { hoursAhead, pastDeadline } from './community-govern-fixtures'
import { countOf, useCommunityDb, type Db } from './helpers'
import { rid } from './points-fixtures'

jest.setTimeout(240_000)
const db = useCommunityDb('community-evaluation')
const GROUP = 'org-b1-g2'

type Voter = { openid: string; id: string }
let voters: Voter[]

/** Binds every unbound member of the group to an account of their own (as binding would). */
async function bindGroup(database: Db): Promise<Voter[]> {
  const { data } = (await database.collection('members').where({ orgPath: GROUP, archived: false }).limit(100).get()) as unknown as {
    data: MemberDoc[]
  }
  const now = new Date()
  const bound: Voter[] = []
  for (const member of data) {
    if (member.openid) {
      bound.push({ openid: member.openid, id: member._id })
      continue
    }
    const openid = `eval-${member._id}`
    await database.collection('members').doc(member._id).update({ data: { openid } })
    await database.collection('users').add({
      data: { _id: openid, role: 'member', memberId: member._id, residentId: null, scopeOrgId: null, createdAt: now, updatedAt: now },
    })
    bound.push({ openid, id: member._id })
  }
  return bound
}

beforeAll(async () => {
  voters = await bindGroup(db)
})

async function newCampaign(kind: 'members' | 'report' = 'members', orgId = GROUP) {
  return dataOf(
    await callAs(P.secretary).community.createEvaluation({
      requestId: rid('eval'),
      kind,
      orgId,
      title: '2026年度民主评议党员',
      closesAt: hoursAhead(72),
    }),
  ).evaluation
}

const gradesFor = (subjects: Array<{ personId: string }>, pick: (i: number) => Grade) =>
  subjects.map((s, i) => ({ personId: s.personId, grade: pick(i) }))

async function allDocs(name: string): Promise<Array<Record<string, unknown>>> {
  const { data } = (await db.collection(name).limit(1000).get()) as unknown as { data: Array<Record<string, unknown>> }
  return data
}

test('bad and out-of-scope input is refused and nothing is written', async () => {
  const campaign = await newCampaign()
  expect(campaign.subjects.length).toBe(voters.length)
  const before = [await countOf(db, 'evaluationBallots'), await countOf(db, 'evaluationTurnout')]
  const cast = (who: { openid: string }, grades: unknown) =>
    callAs(who).community.castEvaluation(unchecked({ campaignId: campaign.id, grades }))
  const all = gradesFor(campaign.subjects, () => 'qualified')
  expect(codeOf(await cast(P.member, all.slice(1)))).toBe('EVAL.INCOMPLETE')
  expect(codeOf(await cast(P.member, [...all.slice(1), { personId: 'm-nobody', grade: 'qualified' }]))).toBe('EVAL.INCOMPLETE')
  expect(codeOf(await cast(P.member, [...all, all[0]]))).toBe('EVAL.INCOMPLETE')
  expect(
    codeOf(
      await cast(
        P.member,
        all.map((g) => ({ ...g, grade: '很好' })),
      ),
    ),
  ).toBe('COMMON.VALIDATION')
  expect(codeOf(await cast(P.resident, all))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await cast(P.otherSecretary, all))).toBe('COMMON.NOT_FOUND')
  // The committee's admin is a member of another group of the branch: may see it (manages), not rate.
  expect(codeOf(await cast(P.admin, all))).toBe('EVAL.NOT_ELIGIBLE')
  expect([await countOf(db, 'evaluationBallots'), await countOf(db, 'evaluationTurnout')]).toEqual(before)
  const create = (extra: Record<string, unknown>, who = P.secretary) =>
    callAs(who).community.createEvaluation(
      unchecked({ requestId: rid(), kind: 'members', orgId: GROUP, title: '民主评议党员', closesAt: hoursAhead(24), ...extra }),
    )
  const campaigns = await countOf(db, 'evaluationCampaigns')
  expect(codeOf(await create({}, P.otherSecretary))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await create({ closesAt: hoursAhead(-1) }))).toBe('EVAL.BAD_CLOSE')
  expect(codeOf(await create({ orgId: 'org-none' }))).toBe('ORG.NOT_FOUND')
  expect(codeOf(await create({ kind: 'other' }))).toBe('COMMON.VALIDATION')
  expect(await countOf(db, 'evaluationCampaigns')).toBe(campaigns)
  expect(codeOf(await callAs(P.resident).community.selfAssess({ campaignId: campaign.id, text: '一年来认真参加组织生活。' }))).toBe(
    'COMMON.FORBIDDEN',
  )
})

test('everyone votes once (taps and retries included); tallies and turnout stay hidden until the close', async () => {
  const campaign = await newCampaign()
  dataOf(await callAs(P.member).community.selfAssess({ campaignId: campaign.id, text: '一年来按时参加组织生活，结对帮扶两位老党员。' }))
  // Each voter taps three times at once; all voters at once.
  const replies = await Promise.all(
    voters.flatMap((v, n) =>
      [0, 1, 2].map(() =>
        callAs(v.openid).community.castEvaluation({
          campaignId: campaign.id,
          grades: gradesFor(campaign.subjects, (i) => GRADES[(i + n) % 2]),
        }),
      ),
    ),
  )
  const codes = replies.map(codeOf)
  expect(codes.filter((c) => c === 'ok')).toHaveLength(voters.length)
  expect(codes.filter((c) => c !== 'ok' && c !== 'EVAL.ALREADY_VOTED')).toEqual([])
  expect(await countOf(db, 'evaluationBallots', { campaignId: campaign.id })).toBe(voters.length)
  expect(await countOf(db, 'evaluationTurnout', { campaignId: campaign.id })).toBe(voters.length)
  // No audit entry, nothing else written by a vote.
  expect(await countOf(db, 'auditLogs', { action: 'community.castEvaluation' })).toBe(0)
  // Before the close: no turnout, no result, for anyone; the results action refuses.
  for (const who of [P.member, P.secretary, P.admin, P.elder]) {
    const view = dataOf(await callAs(who).community.evaluation({ campaignId: campaign.id })).evaluation
    expect(view).toMatchObject({ closed: false, turnout: null, myResult: null })
  }
  expect(codeOf(await callAs(P.secretary).community.evaluationResults({ campaignId: campaign.id }))).toBe('EVAL.NOT_CLOSED')
  expect(codeOf(await callAs(P.admin).community.evaluationResults({ campaignId: campaign.id }))).toBe('EVAL.NOT_CLOSED')

  // The close: by the branch (audited), or when its time has passed.
  expect(codeOf(await callAs(P.otherSecretary).community.closeEvaluation({ campaignId: campaign.id }))).toBe('COMMON.NOT_FOUND')
  dataOf(await callAs(P.secretary).community.closeEvaluation({ campaignId: campaign.id }))
  expect(await countOf(db, 'auditLogs', { action: 'community.closeEvaluation', target: campaign.id })).toBe(1)
  expect(
    codeOf(
      await callAs(voters[0].openid).community.castEvaluation({
        campaignId: campaign.id,
        grades: gradesFor(campaign.subjects, () => 'excellent'),
      }),
    ),
  ).toBe('EVAL.CLOSED')
  const results = dataOf(await callAs(P.admin).community.evaluationResults({ campaignId: campaign.id }))
  expect(results.turnout).toBe(voters.length)
  for (const row of results.rows) expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(voters.length)
  // Subject i got `excellent` from voters with (i + n) even.
  const first = results.rows[0]
  expect(first.counts.excellent).toBe(voters.filter((_, n) => n % 2 === 0).length)
  expect(results.rows.find((r) => r.personId === P.member.id)?.selfAssessment).toContain('结对帮扶')
  // Each person sees their own result; a non-manager sees no one else's.
  const mine = dataOf(await callAs(P.member).community.evaluation({ campaignId: campaign.id })).evaluation
  expect(mine).toMatchObject({ closed: true, turnout: voters.length, isSubject: true })
  expect(mine.myResult).toEqual(results.rows.find((r) => r.personId === P.member.id)?.counts)
  expect(codeOf(await callAs(P.member).community.evaluationResults({ campaignId: campaign.id }))).toBe('COMMON.FORBIDDEN')
})

test('no read action and nothing in the database links a ballot to its voter', async () => {
  const campaign = await newCampaign()
  for (const [n, v] of voters.entries()) {
    dataOf(
      await callAs(v.openid).community.castEvaluation({
        campaignId: campaign.id,
        grades: gradesFor(campaign.subjects, (i) => GRADES[(i * 7 + n) % 4]),
      }),
    )
  }
  await pastDeadline(db, 'evaluationCampaigns', campaign.id)
  const ballots = (await allDocs('evaluationBallots')).filter((b) => b.campaignId === campaign.id) as unknown as EvaluationBallotDoc[]
  expect(ballots).toHaveLength(voters.length)
  const subjectIds = campaign.subjects.map((s) => s.personId).sort()
  const voterStrings = voters.flatMap((v) => [v.openid, v.id])
  for (const ballot of ballots) {
    // Only the campaign and the grades; a random id; every subject graded (the key set names nobody).
    expect(Object.keys(ballot).sort()).toEqual(['_id', 'campaignId', 'grades'])
    expect(ballot._id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(Object.keys(ballot.grades).sort()).toEqual(subjectIds)
    for (const s of voterStrings) expect(ballot._id).not.toContain(s)
  }
  // Who voted carries no time and nothing of the ballot.
  const turnout = (await allDocs('evaluationTurnout')).filter((t) => t.campaignId === campaign.id)
  for (const t of turnout) expect(Object.keys(t).sort()).toEqual(['_id', 'campaignId', 'personId'])
  // No document anywhere (audit log, outbox, …) other than the ballot itself mentions a ballot id.
  const ballotIds = new Set(ballots.map((b) => b._id))
  for (const name of COLLECTION_NAMES) {
    if (name === 'evaluationBallots') continue
    const text = JSON.stringify(await allDocs(name))
    for (const id of ballotIds) expect(text.includes(id) ? `${name} holds ${id}` : 'clean').toBe('clean')
  }
  // Every action of the function, as every kind of caller, with the campaign's id (or nothing): no reply
  // carries a ballot id or one person's grades of everyone.
  const leaks: string[] = []
  for (const action of Object.keys(communityActions)) {
    if (action === 'castEvaluation' || action === 'selfAssess') continue
    for (const [name, who] of Object.entries(TABLE_CALLERS)) {
      for (const data of [{ campaignId: campaign.id }, {}]) {
        const reply = JSON.stringify(await callAs(who).raw('community', action, data))
        if ([...ballotIds].some((id) => reply.includes(id)) || reply.includes('"grades"')) leaks.push(`${action} as ${name}`)
      }
    }
  }
  expect(leaks).toEqual([])
})

test('述职评议 rates the branch’s secretaries', async () => {
  const campaign = await newCampaign('report', 'org-b1')
  expect(campaign.subjects.map((s) => s.personId)).toEqual([P.secretary.id])
  const vote = await callAs(P.elder).community.castEvaluation({
    campaignId: campaign.id,
    grades: [{ personId: P.secretary.id, grade: 'excellent' }],
  })
  expect(dataOf(vote).evaluation).toMatchObject({ voted: true, canVote: false, kind: 'report' })
})
