import { beijingDay } from '../../core/time'
import { seedStudy } from '../../server/seed/study'
import { seedStudyTime } from '../../server/seed/study-time'
import { callAs, codeOf, dataOf, membersOf, P } from '../support'
import { useCommunityDb } from './helpers'
import { interval } from './study-fixtures'

jest.setTimeout(180000)

/** The demo study: three materials, two assigned to 第一党支部, and this year's study time of the roster. */
useCommunityDb('study_figures', seedStudy, seedStudyTime)
const activeOf = (orgId: string) => membersOf(orgId).filter((m) => !m.archived)

describe('学习情况 for managers', () => {
  it('a secretary sees every member of their branch against 32 / 56 学时, and the below-target list names each elder’s helper', async () => {
    const figures = dataOf(await callAs(P.secretary).study.studyFigures({ limit: 20 }))
    expect(figures.org.id).toBe('org-b1')
    expect(figures.totals.members).toBe(activeOf('org-b1').length)
    expect(figures.branches).toEqual([])
    expect(figures.targets).toEqual([
      { label: '支部书记、社区党委委员', hours: 56 },
      { label: '党员', hours: 32 },
    ])
    expect(figures.totals.minutes).toBe(figures.totals.selfMinutes + figures.totals.deliveryMinutes)
    expect(figures.totals.deliveryMinutes).toBeGreaterThan(0)

    const below: string[] = []
    let cursor: string | undefined
    do {
      const page = dataOf(await callAs(P.secretary).study.studyFigures({ belowOnly: true, limit: 7, ...(cursor ? { cursor } : {}) }))
      expect(page.members.every((m) => m.belowTarget && m.hours < m.targetHours)).toBe(true)
      below.push(...page.members.map((m) => m.memberId))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(new Set(below).size).toBe(below.length)
    expect(below).toHaveLength(figures.totals.belowTarget)
    expect(figures.totals.belowTarget).toBeLessThan(figures.totals.members)

    const elder = (await allRows(true)).find((m) => m.memberId === P.elder.id)!
    expect(elder).toMatchObject({ name: P.elder.name, elder: true, helperName: P.member.name, belowTarget: true, targetHours: 32 })
    const rows = await allRows(false)
    expect(rows.find((m) => m.memberId === P.secretary.id)).toMatchObject({ targetHours: 56, targetLabel: '支部书记、社区党委委员' })
    expect(rows.every((m) => !m.phoneMasked || /\*{4}/.test(m.phoneMasked))).toBe(true)
  })

  it('self study and 送学 land in their own column', async () => {
    const before = (await allRows(false)).find((m) => m.memberId === P.member.id)!
    const elderBefore = (await allRows(false)).find((m) => m.memberId === P.elder.id)!
    dataOf(await callAs(P.member).study.recordStudy({ materialId: 'sm-seed-model', sessionId: 'figures-self-1', ...interval(20) }))
    dataOf(
      await callAs(P.member).study.recordDelivery({
        elderId: P.elder.id,
        materialId: 'sm-seed-congress',
        date: beijingDay(new Date()),
        method: 'phone',
        minutes: 25,
      }),
    )
    const after = await allRows(false)
    expect(after.find((m) => m.memberId === P.member.id)).toMatchObject({
      minutes: before.minutes + 20,
      selfMinutes: before.selfMinutes + 20,
      deliveryMinutes: before.deliveryMinutes,
    })
    expect(after.find((m) => m.memberId === P.elder.id)).toMatchObject({
      minutes: elderBefore.minutes + 25,
      deliveryMinutes: elderBefore.deliveryMinutes + 25,
    })
  })

  it('the committee sees one row per branch adding up to the community, opens any branch; a secretary only their own', async () => {
    const community = dataOf(await callAs(P.admin).study.studyFigures({ limit: 5 }))
    expect(community.branches.map((b) => b.orgId)).toEqual(['org-b1', 'org-b2', 'org-b3', 'org-b4'])
    const sum = (key: 'members' | 'minutes' | 'belowTarget') => community.branches.reduce((acc, b) => acc + b[key], 0)
    expect(sum('members')).toBe(community.totals.members)
    expect(sum('minutes')).toBe(community.totals.minutes)
    expect(sum('belowTarget')).toBe(community.totals.belowTarget)
    expect(community.members).toHaveLength(5)

    const b2 = dataOf(await callAs(P.admin).study.studyFigures({ orgId: 'org-b2', limit: 20 }))
    expect(b2.totals).toEqual(omitOrg(community.branches.find((b) => b.orgId === 'org-b2')!))
    expect(codeOf(await callAs(P.secretary).study.studyFigures({ orgId: 'org-b2', limit: 20 }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.secretary).study.studyFigures({ orgId: 'no-such-org', limit: 20 }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.member).study.studyFigures({ limit: 20 }))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await callAs(P.secretary).study.studyFigures({ cursor: 'garbage', limit: 20 }))).toBe('COMMON.VALIDATION')
  })
})

describe('an assigned material: who has and has not studied it by the due date', () => {
  it('counts the branch, pages the not-studied list, and moves a member once they study it', async () => {
    const assigned = dataOf(await callAs(P.secretary).study.assignedMaterials({}))
    expect(assigned.items.map((i) => i.materialId).sort()).toEqual(['sm-seed-charter', 'sm-seed-congress'])

    const stats = dataOf(await callAs(P.secretary).study.materialStudyStats({ materialId: 'sm-seed-charter', limit: 20 }))
    expect(stats.assigned).toBe(activeOf('org-b1').length)
    expect(stats.onTime + stats.late + stats.notStudied).toBe(stats.assigned)
    expect(stats.onTime).toBeGreaterThan(0)
    expect(stats.notStudied).toBeGreaterThan(0)

    const notStudied: string[] = []
    let cursor: string | undefined
    do {
      const page = dataOf(
        await callAs(P.secretary).study.materialStudyStats({ materialId: 'sm-seed-charter', limit: 6, ...(cursor ? { cursor } : {}) }),
      )
      expect(page.people.every((p) => p.state === 'notStudied' && p.studiedMinutes === 0)).toBe(true)
      notStudied.push(...page.people.map((p) => p.memberId))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(new Set(notStudied).size).toBe(stats.notStudied)
    expect(notStudied).toContain(P.member.id)

    dataOf(await callAs(P.member).study.recordStudy({ materialId: 'sm-seed-charter', sessionId: 'figures-charter-1', ...interval(15) }))
    const after = dataOf(await callAs(P.secretary).study.materialStudyStats({ materialId: 'sm-seed-charter', state: 'onTime', limit: 20 }))
    expect(after.notStudied).toBe(stats.notStudied - 1)
    expect(after.onTime).toBe(stats.onTime + 1)
    const all = dataOf(await callAs(P.secretary).study.materialStudyStats({ materialId: 'sm-seed-charter', state: 'all', limit: 20 }))
    expect(all.assigned).toBe(stats.assigned)

    const committee = dataOf(await callAs(P.admin).study.materialStudyStats({ materialId: 'sm-seed-charter', orgId: 'org-b1', limit: 20 }))
    expect(committee.notStudied).toBe(after.notStudied)
  })

  it('another branch, an unassigned material or an unknown one is refused', async () => {
    expect(codeOf(await callAs(P.otherSecretary).study.materialStudyStats({ materialId: 'sm-seed-charter', limit: 20 }))).toBe(
      'STUDY.NOT_ASSIGNED',
    )
    expect(codeOf(await callAs(P.secretary).study.materialStudyStats({ materialId: 'sm-seed-model', limit: 20 }))).toBe(
      'STUDY.NOT_ASSIGNED',
    )
    expect(codeOf(await callAs(P.secretary).study.materialStudyStats({ materialId: 'nope', limit: 20 }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.secretary).study.materialStudyStats({ materialId: 'sm-seed-charter', orgId: 'org-b2', limit: 20 }))).toBe(
      'COMMON.NOT_FOUND',
    )
    expect(dataOf(await callAs(P.otherSecretary).study.assignedMaterials({})).items).toEqual([])
  })
})

async function allRows(belowOnly: boolean) {
  const rows = []
  let cursor: string | undefined
  do {
    const page = dataOf(await callAs(P.secretary).study.studyFigures({ belowOnly, limit: 20, ...(cursor ? { cursor } : {}) }))
    rows.push(...page.members)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return rows
}

function omitOrg<T extends { orgId: string; name: string }>(row: T) {
  const { orgId: _orgId, name: _name, ...rest } = row
  return rest
}
