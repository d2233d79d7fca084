/**
 * 共驻共建 and 在职党员双报到: partner units with masked contacts and their lists, projects matched
 * between a unit's resource and a need, one 联席会议 record a quarter, posts claimed without overselling,
 * service minutes logged once per request — every committee write audited, bad input writing nothing.
 */
import { callAs, codeOf, dataOf, P, unchecked } from '../support'
import { countOf, useCommunityDb } from './helpers'
import { rid } from './points-fixtures'

jest.setTimeout(180_000)
const db = useCommunityDb('community-partners')

const unitFields = (extra: Record<string, unknown> = {}) => ({
  requestId: rid('unit'),
  name: '解放军理工大学',
  type: '部队' as const,
  contactName: '赵干事',
  contactPhone: '13912345678',
  partyOrg: '理工大学机关党委',
  resources: ['国防教育讲座', '志愿服务队'],
  needs: ['社区场地'],
  ...extra,
})

test('the committee registers a unit (audited); others see the contact masked; bad input writes nothing', async () => {
  const fields = unitFields()
  const unit = dataOf(await callAs(P.admin).community.savePartnerUnit(fields)).unit
  expect(unit).toMatchObject({ name: '解放军理工大学', contactPhone: '13912345678', partyOrg: '理工大学机关党委' })
  // The same requestId edits it.
  dataOf(await callAs(P.admin).community.savePartnerUnit({ ...fields, needs: ['社区场地', '青少年活动'] }))
  expect(await countOf(db, 'partnerUnits')).toBe(1)
  expect(await countOf(db, 'auditLogs', { action: 'community.savePartnerUnit', target: unit.id })).toBe(2)
  const seen = dataOf(await callAs(P.resident).community.partnerUnits({})).items[0]
  expect(seen).toMatchObject({ contactPhone: '139****5678', needs: ['社区场地', '青少年活动'] })
  expect(codeOf(await callAs(P.secretary).community.savePartnerUnit(unitFields()))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await callAs(P.admin).community.savePartnerUnit(unitFields({ contactPhone: '12345' })))).toBe('COMMON.VALIDATION')
  expect(codeOf(await callAs(P.admin).community.savePartnerUnit(unchecked(unitFields({ type: '外星' }))))).toBe('COMMON.VALIDATION')
  expect(
    codeOf(await callAs(P.admin).community.savePartnerUnit(unitFields({ resources: Array.from({ length: 11 }, (_, i) => `资源${i}`) }))),
  ).toBe('COMMON.VALIDATION')
  expect(await countOf(db, 'partnerUnits')).toBe(1)

  // A project matches its resource with a need.
  const project = dataOf(
    await callAs(P.admin).community.savePartnerProject({
      requestId: rid('p'),
      title: '国防教育进社区',
      unitIds: [unit.id],
      resource: '国防教育讲座',
      need: '青少年活动',
    }),
  ).project
  expect(project).toMatchObject({ unitNames: ['解放军理工大学'], status: 'planned' })
  const unknownLinks = [
    { title: '不存在的单位', unitIds: ['unit-none'], code: 'PARTNER.NOT_FOUND' },
    { title: '共建活动', unitIds: [unit.id], activityId: 'act-none', code: 'COMMON.NOT_FOUND' },
  ]
  for (const { code, ...fields } of unknownLinks) {
    expect(codeOf(await callAs(P.admin).community.savePartnerProject({ requestId: rid('p'), ...fields, resource: 'x', need: 'y' }))).toBe(
      code,
    )
  }
  expect(dataOf(await callAs(P.member).community.partnerUnits({})).projects.map((p) => p.id)).toEqual([project.id])
})

test('one 联席会议 record a quarter: sent again it is edited, not doubled', async () => {
  const meeting = {
    quarter: '2026Q4',
    heldOn: '2026-11-28',
    attendees: [
      { name: '赵干事', unit: '解放军理工大学' },
      { name: '王经理', unit: '物业公司' },
    ],
    minutes: '梳理辖区资源、项目、服务清单，商定下季度国防教育进社区。',
  }
  dataOf(await callAs(P.admin).community.recordJointMeeting(meeting))
  dataOf(await callAs(P.admin).community.recordJointMeeting({ ...meeting, heldOn: '2026-11-29' }))
  const list = dataOf(await callAs(P.secretary).community.jointMeetings({})).items
  expect(list).toHaveLength(1)
  expect(list[0]).toMatchObject({ quarter: '2026Q4', heldOn: '2026-11-29' })
  expect(codeOf(await callAs(P.admin).community.recordJointMeeting({ ...meeting, quarter: '2026Q5' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await callAs(P.member).community.jointMeetings({}))).toBe('COMMON.FORBIDDEN')
  expect(await countOf(db, 'auditLogs', { action: 'community.recordJointMeeting' })).toBe(2)
})

test('双报到: an employed member reports, claims a post (never oversold), and their minutes are logged once', async () => {
  const post = dataOf(
    await callAs(P.admin).community.saveServicePost({ requestId: rid('post'), title: '周末楼道巡查', place: '琼林苑', slots: 1 }),
  ).post
  // The member is 在职; the elder is retired.
  expect(codeOf(await callAs(P.elder).community.dualReport({ workUnit: '市第一医院' }))).toBe('POST.NOT_EMPLOYED')
  expect(codeOf(await callAs(P.member).community.claimPost({ postId: post.id }))).toBe('POST.NOT_REPORTED')
  dataOf(await callAs(P.member).community.dualReport({ workUnit: '市第一医院', skills: '急救' }))
  dataOf(await callAs(P.admin).community.dualReport({ workUnit: '街道办' }))
  // Both claim the single slot at once, three taps each: one holds it.
  const replies = await Promise.all(
    [P.member, P.admin, P.member, P.admin, P.member, P.admin].map((who) => callAs(who).community.claimPost({ postId: post.id })),
  )
  const codes = replies.map(codeOf)
  expect(codes.filter((c) => c !== 'ok' && c !== 'POST.FULL')).toEqual([])
  const posts = dataOf(await callAs(P.member).community.servicePosts({})).items
  expect(posts.find((p) => p.id === post.id)?.claimed).toBe(1)
  const holder = dataOf(await callAs(P.member).community.servicePosts({})).report?.postId === post.id ? P.member : P.admin
  const requestId = rid('hours')
  for (let i = 0; i < 3; i++) dataOf(await callAs(P.secretary).community.logPostHours({ memberId: holder.id, requestId, minutes: 90 }))
  const report = dataOf(await callAs(holder).community.servicePosts({})).report
  expect(report).toMatchObject({ postTitle: '周末楼道巡查', minutes: 90 })
  // The minutes are the member's 志愿时长 in the points bank, once.
  expect(dataOf(await callAs(holder).points.account({})).minutes).toBe(90)
  const entries = dataOf(await callAs(holder).points.ledger({})).items.filter((e) => e.reason.includes('周末楼道巡查'))
  expect(entries).toMatchObject([{ amount: 0, minutes: 90 }])
  expect(codeOf(await callAs(P.otherSecretary).community.logPostHours({ memberId: holder.id, requestId: rid(), minutes: 30 }))).toBe(
    'COMMON.NOT_FOUND',
  )
  expect(codeOf(await callAs(P.secretary).community.logPostHours({ memberId: holder.id, requestId: rid(), minutes: 5 }))).toBe(
    'COMMON.VALIDATION',
  )
  expect(await countOf(db, 'auditLogs', { action: 'community.logPostHours' })).toBe(1)
})
