/**
 * 民主评议, anonymous by construction: a ballot holds the campaign and the grades only (random id, no
 * voter, no time, every subject graded so its key set names nobody); who voted is kept apart (no
 * time), written in the ballot's transaction, so each person votes once. Every read action is tried
 * as every kind of caller, and the database itself is inspected: no ballot can be linked to its voter,
 * and no tally or turnout shows before the close.
 */
import { COLLECTION_NAMES } from '../../core/collections'
import { communityActions } from '../../core/contract/community'
import { GRADE_LABELS, GRADES, GROUP_MIN, type EvaluationBallotDoc, type Grade } from '../../core/community/evaluation'
import { COMMUNITY_ERRORS } from '../../core/community/errors'
import type { MemberDoc, ResidentDoc } from '../../core/model'
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

async function newCampaign(
  kind: 'members' | 'report' = 'members',
  orgId = GROUP,
  raters: { residentIds?: string[]; partnerUnitIds?: string[] } = {},
) {
  return dataOf(
    await callAs(P.secretary).community.createEvaluation({
      requestId: rid('eval'),
      kind,
      orgId,
      title: '2026年度民主评议党员',
      closesAt: hoursAhead(72),
      residentIds: raters.residentIds ?? [],
      partnerUnitIds: raters.partnerUnitIds ?? [],
    }),
  ).evaluation
}

const gradesFor = (subjects: Array<{ personId: string }>, pick: (i: number) => Grade) =>
  subjects.map((s, i) => ({ personId: s.personId, grade: pick(i) }))

async function allDocs(name: string): Promise<Array<Record<string, unknown>>> {
  const { data } = (await db.collection(name).limit(1000).get()) as unknown as { data: Array<Record<string, unknown>> }
  return data
}

/**
 * No document anywhere (audit log, outbox, …) other than the ballot itself mentions a ballot id, and
 * every action of the function, as every kind of caller (and `extra` callers: named raters), with the
 * campaign's id (or nothing), answers without a ballot id or one person's grades of everyone.
 */
async function expectNothingLinks(ballotIds: Set<string>, campaignId: string, extra: Record<string, { openid: string }> = {}) {
  for (const name of COLLECTION_NAMES) {
    if (name === 'evaluationBallots') continue
    const text = JSON.stringify(await allDocs(name))
    for (const id of ballotIds) expect(text.includes(id) ? `${name} holds ${id}` : 'clean').toBe('clean')
  }
  const leaks: string[] = []
  for (const action of Object.keys(communityActions)) {
    if (action === 'castEvaluation' || action === 'selfAssess') continue
    for (const [name, who] of Object.entries({ ...TABLE_CALLERS, ...extra })) {
      for (const data of [{ campaignId }, {}]) {
        const reply = JSON.stringify(await callAs(who).raw('community', action, data))
        if ([...ballotIds].some((id) => reply.includes(id)) || reply.includes('"grades"')) leaks.push(`${action} as ${name}`)
      }
    }
  }
  expect(leaks).toEqual([])
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
  // Not a member of the group and not named: a clear refusal (the router lets residents try now).
  expect(codeOf(await cast(P.resident, all))).toBe('EVAL.NOT_ELIGIBLE')
  expect(codeOf(await cast(P.otherSecretary, all))).toBe('EVAL.NOT_ELIGIBLE')
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
  await expectNothingLinks(new Set(ballots.map((b) => b._id)), campaign.id)
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

/**
 * 述职评议 rated by three groups: the branch's members, 居民代表 named by its creator, and partner
 * units' representatives (named by the committee by phone). Each rater votes once; a ballot names its
 * group only from the GROUP_MIN-th voter of that group on; results show each group.
 */
describe('述职评议 rated by members, 居民代表 and partner-unit representatives', () => {
  type Rater = { openid: string; id: string; name: string; phone: string }
  let named: Rater[]
  let notNamed: Rater
  let reps: Rater[]
  const units: string[] = []
  let bare = ''
  let campaignId = ''

  async function asRater(id: string): Promise<Rater> {
    const doc = (await db.collection('residents').doc(id).get()) as unknown as { data: ResidentDoc | ResidentDoc[] }
    const resident = Array.isArray(doc.data) ? doc.data[0] : doc.data
    return { openid: resident.openid, id: resident._id, name: resident.name, phone: resident.phone }
  }
  const newUnit = async (name: string) =>
    dataOf(
      await callAs(P.admin).community.savePartnerUnit({
        requestId: rid('unit'),
        name,
        type: '企业',
        contactName: '联系人',
        contactPhone: '13912349999',
        resources: [],
        needs: [],
      }),
    ).unit.id
  const cast = (who: { openid: string }, subjects: Array<{ personId: string }>, grade: Grade) =>
    callAs(who).community.castEvaluation({ campaignId, grades: gradesFor(subjects, () => grade) })

  beforeAll(async () => {
    const mine = dataOf(await callAs(P.secretary).community.evaluationRaterChoices({ orgId: 'org-b1' })).residents
    expect(mine.map((r) => r.id)).toContain(P.resident.id)
    expect(mine.length).toBeGreaterThanOrEqual(5)
    named = await Promise.all(mine.slice(0, 4).map((r) => asRater(r.id)))
    notNamed = await asRater(mine[4].id)
    const elsewhere = dataOf(await callAs(P.admin).community.evaluationRaterChoices({ orgId: 'org-b2' })).residents
    expect(elsewhere.some((r) => mine.some((m) => m.id === r.id))).toBe(false)
    reps = await Promise.all(elsewhere.slice(0, 3).map((r) => asRater(r.id)))
    for (const [i, rep] of reps.entries()) {
      units.push(await newUnit(`共建单位${i + 1}`))
      const unit = dataOf(await callAs(P.admin).community.setPartnerRepresentative({ unitId: units[i], phone: rep.phone })).unit
      expect(unit.representativeName).toBe(rep.name)
    }
    bare = await newUnit('未指定代表的单位')
  })

  test('the committee names a unit’s representative by phone (audited); bad input changes nothing', async () => {
    expect(await countOf(db, 'auditLogs', { action: 'community.setPartnerRepresentative', target: units[0] })).toBe(1)
    const before = JSON.stringify(await allDocs('partnerUnits'))
    expect(codeOf(await callAs(P.admin).community.setPartnerRepresentative({ unitId: bare, phone: '13800000001' }))).toBe(
      'PARTNER.NO_ACCOUNT',
    )
    expect(codeOf(await callAs(P.admin).community.setPartnerRepresentative({ unitId: 'unit-none', phone: reps[0].phone }))).toBe(
      'PARTNER.NOT_FOUND',
    )
    expect(codeOf(await callAs(P.admin).community.setPartnerRepresentative(unchecked({ unitId: bare, phone: '123' })))).toBe(
      'COMMON.VALIDATION',
    )
    expect(codeOf(await callAs(P.secretary).community.setPartnerRepresentative({ unitId: bare, phone: reps[0].phone }))).toBe(
      'COMMON.FORBIDDEN',
    )
    expect(JSON.stringify(await allDocs('partnerUnits'))).toBe(before)
    // Only managers see who represents a unit.
    const seen = dataOf(await callAs(P.resident).community.partnerUnits({})).items.find((u) => u.id === units[0])
    expect(seen?.representativeName).toBeNull()
    // The choices of a 述职评议: units with a representative only.
    const partners = dataOf(await callAs(P.secretary).community.evaluationRaterChoices({ orgId: 'org-b1' })).partners
    expect(partners.map((p) => p.id)).toEqual(expect.arrayContaining(units))
    expect(partners.map((p) => p.id)).not.toContain(bare)
    expect(codeOf(await callAs(P.otherSecretary).community.evaluationRaterChoices({ orgId: 'org-b1' }))).toBe('COMMON.FORBIDDEN')
  })

  test('only residents of the branch’s buildings with their own account may be named; members campaigns name nobody', async () => {
    const campaigns = await countOf(db, 'evaluationCampaigns')
    const create = (kind: 'members' | 'report', residentIds: string[], partnerUnitIds: string[] = []) =>
      callAs(P.secretary).community.createEvaluation({
        requestId: rid('eval'),
        kind,
        orgId: 'org-b1',
        title: '书记述职评议',
        closesAt: hoursAhead(24),
        residentIds,
        partnerUnitIds,
      })
    expect(codeOf(await create('report', [named[0].id, reps[0].id]))).toBe('EVAL.BAD_RATER')
    expect(codeOf(await create('report', [P.member.id]))).toBe('EVAL.BAD_RATER')
    expect(codeOf(await create('report', ['r-none']))).toBe('EVAL.BAD_RATER')
    expect(codeOf(await create('members', [named[0].id]))).toBe('EVAL.RATERS_REPORT_ONLY')
    expect(codeOf(await create('report', [], [bare]))).toBe('PARTNER.NO_REPRESENTATIVE')
    expect(codeOf(await create('report', [], ['unit-none']))).toBe('PARTNER.NOT_FOUND')
    expect(await countOf(db, 'evaluationCampaigns')).toBe(campaigns)
  })

  test('each rater votes once; a resident not named is refused; after the close results show each group', async () => {
    const created = await newCampaign('report', 'org-b1', { residentIds: named.map((r) => r.id), partnerUnitIds: units })
    campaignId = created.id
    const subjects = created.subjects
    expect(subjects.map((s) => s.personId)).toEqual([P.secretary.id])
    expect(created.raterCounts).toEqual({ residents: 4, partners: 3 })
    expect(await countOf(db, 'auditLogs', { action: 'community.createEvaluation', target: campaignId })).toBe(1)

    // Named raters find it among their 民主评议, in their group; a resident not named does not.
    const listed = dataOf(await callAs(named[0].openid).community.evaluations({})).items.find((e) => e.id === campaignId)
    expect(listed).toMatchObject({ canVote: true, myGroup: 'residents', voted: false })
    const rep = dataOf(await callAs(reps[0].openid).community.evaluation({ campaignId })).evaluation
    expect(rep).toMatchObject({ canVote: true, myGroup: 'partners' })
    expect(dataOf(await callAs(notNamed.openid).community.evaluations({})).items.map((e) => e.id)).not.toContain(campaignId)
    expect(codeOf(await callAs(notNamed.openid).community.evaluation({ campaignId }))).toBe('COMMON.NOT_FOUND')
    const before = [await countOf(db, 'evaluationBallots'), await countOf(db, 'evaluationTurnout')]
    const refused = await cast(notNamed, subjects, 'excellent')
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'EVAL.NOT_ELIGIBLE',
      message: COMMUNITY_ERRORS['EVAL.NOT_ELIGIBLE'].message,
    })
    expect(COMMUNITY_ERRORS['EVAL.NOT_ELIGIBLE'].message).toMatch(/[\u4e00-\u9fa5]/)
    expect([await countOf(db, 'evaluationBallots'), await countOf(db, 'evaluationTurnout')]).toEqual(before)

    // Members all at once, each tapping three times; two 居民代表 and the three representatives one after
    // another, each tapping three times at once.
    const taps = (who: { openid: string }, grade: Grade) => Promise.all([0, 1, 2].map(() => cast(who, subjects, grade)))
    const memberReplies = (await Promise.all(voters.map((v) => taps(v, 'qualified')))).flat()
    const others: string[] = []
    for (const r of named.slice(0, 2)) others.push(...(await taps(r, 'excellent')).map(codeOf))
    for (const r of reps) others.push(...(await taps(r, 'basic')).map(codeOf))
    const codes = [...memberReplies.map(codeOf), ...others]
    expect(codes.filter((c) => c === 'ok')).toHaveLength(voters.length + 5)
    expect(codes.filter((c) => c !== 'ok' && c !== 'EVAL.ALREADY_VOTED')).toEqual([])
    expect(await countOf(db, 'evaluationBallots', { campaignId })).toBe(voters.length + 5)
    expect(await countOf(db, 'evaluationTurnout', { campaignId })).toBe(voters.length + 5)
    expect(dataOf(await callAs(named[0].openid).community.evaluation({ campaignId })).evaluation).toMatchObject({
      voted: true,
      canVote: false,
      turnout: null,
    })
    expect(codeOf(await callAs(P.secretary).community.evaluationResults({ campaignId }))).toBe('EVAL.NOT_CLOSED')

    dataOf(await callAs(P.secretary).community.closeEvaluation({ campaignId }))
    const late = await countOf(db, 'evaluationBallots', { campaignId })
    expect(codeOf(await cast(named[2], subjects, 'excellent'))).toBe('EVAL.CLOSED')
    expect(await countOf(db, 'evaluationBallots', { campaignId })).toBe(late)

    const results = dataOf(await callAs(P.secretary).community.evaluationResults({ campaignId }))
    expect(results.turnout).toBe(voters.length + 5)
    expect(results.eligible).toBe(results.groups.reduce((n, g) => n + g.eligible, 0))
    const group = Object.fromEntries(results.groups.map((g) => [g.group, g]))
    expect(group.residents).toEqual({ group: 'residents', eligible: 4, turnout: 2, ballots: 0 })
    // The third representative's ballot is the first to name its group.
    expect(group.partners).toEqual({ group: 'partners', eligible: 3, turnout: 3, ballots: 1 })
    expect(group.members.turnout).toBe(voters.length)
    expect(group.members.ballots).toBeLessThanOrEqual(voters.length - (GROUP_MIN - 1))
    const [row] = results.rows
    expect(row.counts).toEqual({ excellent: 2, qualified: voters.length, basic: 3, unqualified: 0 })
    expect(row.byGroup.residents).toBeUndefined()
    expect(row.byGroup.partners).toEqual({ excellent: 0, qualified: 0, basic: 1, unqualified: 0 })
    // A group with no ballot naming it is left out of byGroup (as residents above): members voting all
    // at once may all read a turnout below GROUP_MIN, and then none of their ballots names the group.
    expect(row.byGroup.members?.qualified ?? 0).toBe(group.members.ballots)
    // The secretary (the subject) sees their own counts.
    expect(dataOf(await callAs(P.secretary).community.evaluation({ campaignId })).evaluation.myResult).toEqual(row.counts)
    expect(GRADE_LABELS.basic).toBe('基本合格')
  })

  test('nothing in the database or any read action links a 居民代表’s or a representative’s ballot to them', async () => {
    expect(campaignId).not.toBe('')
    const ballots = (await allDocs('evaluationBallots')).filter((b) => b.campaignId === campaignId) as unknown as EvaluationBallotDoc[]
    const turnout = (await allDocs('evaluationTurnout')).filter((t) => t.campaignId === campaignId) as Array<Record<string, unknown>>
    expect(ballots).toHaveLength(voters.length + 5)
    const raterStrings = [...voters, ...named, ...reps].flatMap((v) => [v.openid, v.id])
    for (const ballot of ballots) {
      // Every ballot of the campaign has the same keys; `group` is null or a group.
      expect(Object.keys(ballot).sort()).toEqual(['_id', 'campaignId', 'grades', 'group'])
      expect([null, 'members', 'residents', 'partners']).toContain(ballot.group)
      expect(ballot._id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      for (const s of raterStrings) expect(ballot._id).not.toContain(s)
    }
    for (const t of turnout) expect(Object.keys(t).sort()).toEqual(['_id', 'campaignId', 'group', 'personId'])
    // A ballot naming a group hides among every voter of that group (≥ GROUP_MIN), and at least
    // GROUP_MIN − 1 of the group's ballots name nobody's group.
    for (const g of ['members', 'residents', 'partners'] as const) {
      const voted = turnout.filter((t) => t.group === g).length
      const namedBallots = ballots.filter((b) => b.group === g).length
      if (namedBallots) expect(voted).toBeGreaterThanOrEqual(GROUP_MIN)
      expect(namedBallots).toBeLessThanOrEqual(Math.max(0, voted - (GROUP_MIN - 1)))
    }
    await expectNothingLinks(new Set(ballots.map((b) => b._id)), campaignId, {
      residentRater: named[0],
      representative: reps[0],
      notNamed,
    })
  })
})
