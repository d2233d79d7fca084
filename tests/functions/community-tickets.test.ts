/**
 * 民生诉求 on the server: reported once per requestId, accepted and assigned within the manager's
 * scope (starting the 20-working-day clock), every step on the timeline and told to the reporter,
 * closed, rated once, reopened within 7 days, overdue escalated to the committee once, patrol findings
 * only from patrol members, solved tickets on 问题墙 with the reporter masked, numbers per category
 * and handler.
 */
import type { CommunityOutboxDoc, TicketDoc } from '../../core/community/model'
import { ticketDueDay } from '../../core/community/working-days'
import { beijingDay } from '../../core/time'
import { callAs, codeOf, dataOf, P, unchecked } from '../support'
import { countOf, docOf, useCommunityDb, useStoredPhotos } from './helpers'
import { rid } from './points-fixtures'

jest.setTimeout(180_000)
const db = useCommunityDb('community-tickets')

const photo = useStoredPhotos('community-tickets')

const report = (who: { openid: string } | string, extra: Record<string, unknown> = {}) =>
  callAs(who).community.reportTicket({
    requestId: rid('tk'),
    category: 'drainage',
    building: '海福巷3号',
    text: '海福巷3号下水道堵塞，楼前平台污水满溢，无法正常行走',
    ...extra,
  })

const outboxOf = async (ticketId: string) =>
  ((await db.collection('communityOutbox').where({ ref: ticketId }).get()) as unknown as { data: CommunityOutboxDoc[] }).data

test('a report is stored once however often it is sent, with the first timeline step', async () => {
  const requestId = rid('same')
  const replies = await Promise.all(Array.from({ length: 5 }, () => report(P.resident, { requestId, photos: [photo('a')] })))
  const created = replies.map((r) => dataOf(r)).filter((r) => r.created)
  expect(created).toHaveLength(1)
  const ticket = created[0].ticket
  expect(ticket).toMatchObject({ status: 'reported', building: '海福巷3号', photos: [photo('a')], mine: true, clock: null })
  expect(ticket.timeline).toEqual([expect.objectContaining({ step: 'report', byName: P.resident.name })])
  expect(dataOf(await callAs(P.resident).community.myTickets({})).items.map((t) => t.id)).toEqual([ticket.id])
})

test('bad input is refused and nothing is written', async () => {
  const before = await countOf(db, 'tickets')
  expect(codeOf(await report(P.resident, { building: '琼'.repeat(31) }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await report(P.resident, { building: '' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await report(P.resident, { text: '堵了' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await report(P.resident, { category: unchecked('weather') }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await report(P.resident, { photos: ['a', 'b', 'c', 'd'].map(photo) }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await report(P.resident, { text: '小区里有人搞网络赌博，加我微信' }))).toBe('CONTENT.RISKY')
  expect(codeOf(await report('visitor-tk'))).toBe('COMMON.FORBIDDEN')
  expect(await countOf(db, 'tickets')).toBe(before)
})

test('patrol findings (安全隐患) only from a patrol member the admin marked', async () => {
  const finding = { kind: 'patrol', category: 'safety', building: '琼林苑3栋', text: '3栋楼道堆放电动车电瓶充电，存在火灾隐患' }
  expect(codeOf(await report(P.member, finding))).toBe('TICKET.NOT_PATROL')
  expect(codeOf(await callAs(P.secretary).community.setPatrolMember({ memberId: P.member.id, patrol: true }))).toBe('COMMON.FORBIDDEN')
  dataOf(await callAs(P.admin).community.setPatrolMember({ memberId: P.member.id, patrol: true }))
  expect(dataOf(await callAs(P.admin).community.patrolMembers({})).items).toEqual([{ memberId: P.member.id, name: P.member.name }])
  expect(codeOf(await report(P.member, { ...finding, category: 'road' }))).toBe('COMMON.VALIDATION')
  const ticket = dataOf(await report(P.member, finding)).ticket
  expect(ticket).toMatchObject({ kind: 'patrol', category: 'safety' })
  expect(ticket.timeline[0]).toMatchObject({ byRole: '巡查队员' })
  // A building of 第一党支部: its secretary sees it in the queue; the other branch does not.
  expect(dataOf(await callAs(P.secretary).community.ticketQueue({})).items.map((t) => t.id)).toContain(ticket.id)
  expect(dataOf(await callAs(P.otherSecretary).community.ticketQueue({})).items.map((t) => t.id)).not.toContain(ticket.id)
  dataOf(await callAs(P.admin).community.setPatrolMember({ memberId: P.member.id, patrol: false }))
  expect(codeOf(await report(P.member, finding))).toBe('TICKET.NOT_PATROL')
  expect(await countOf(db, 'auditLogs', { action: 'community.setPatrolMember' })).toBe(2)
})

test('the whole journey: accept + assign (due in 20 working days) → progress → close → rate → on 问题墙', async () => {
  const ticket = dataOf(await report(P.resident)).ticket
  // 海福巷3号 belongs to no group: only the committee handles it.
  expect(
    codeOf(await callAs(P.secretary).community.acceptTicket({ ticketId: ticket.id, handler: { kind: 'unit', name: '光华路街道城管科' } })),
  ).toBe('COMMON.NOT_FOUND')
  expect(
    codeOf(await callAs(P.admin).community.acceptTicket({ ticketId: ticket.id, handler: { kind: 'person', memberId: 'nobody' } })),
  ).toBe('TICKET.HANDLER_NOT_FOUND')
  const accepted = dataOf(
    await callAs(P.admin).community.acceptTicket({
      ticketId: ticket.id,
      handler: { kind: 'unit', name: '光华路街道城管科' },
      note: '联系城管科现场查看',
    }),
  ).ticket
  const today = beijingDay(new Date())
  expect(accepted).toMatchObject({
    status: 'accepted',
    handler: { kind: 'unit', name: '光华路街道城管科' },
    acceptedDay: today,
    dueDay: ticketDueDay(today),
  })
  expect(accepted.clock).toBe('onTime')
  expect(accepted.workingDaysLeft).toBeGreaterThanOrEqual(19)
  // Accepting twice is refused (it is no longer waiting).
  expect(codeOf(await callAs(P.admin).community.acceptTicket({ ticketId: ticket.id, handler: { kind: 'unit', name: '别的单位' } }))).toBe(
    'TICKET.WRONG_STATE',
  )
  // The reporter cannot rate before it is closed, nor step it themselves.
  expect(codeOf(await callAs(P.resident).community.rateTicket({ ticketId: ticket.id, rating: 5 }))).toBe('TICKET.WRONG_STATE')
  expect(codeOf(await callAs(P.resident).community.progressTicket({ ticketId: ticket.id, text: '我自己修好了' }))).toBe('COMMON.FORBIDDEN')

  dataOf(await callAs(P.admin).community.progressTicket({ ticketId: ticket.id, text: '已疏通主管道，正在排查满溢原因' }))
  const closed = dataOf(
    await callAs(P.admin).community.closeTicket({
      ticketId: ticket.id,
      result: '找到满溢的根本原因并更换管道，彻底根除满溢',
      photos: [photo('b')],
    }),
  ).ticket
  expect(closed).toMatchObject({ status: 'closed', clock: 'done', daysToClose: 0, resultPhotos: [photo('b')] })
  expect(closed.reopenUntil).not.toBeNull()

  // A double-tapped rating counts once; someone else cannot rate.
  expect(codeOf(await callAs(P.member).community.rateTicket({ ticketId: ticket.id, rating: 1 }))).toBe('TICKET.NOT_REPORTER')
  const rates = await Promise.all(
    [1, 2, 3].map(() => callAs(P.resident).community.rateTicket({ ticketId: ticket.id, rating: 5, comment: '解决得很彻底' })),
  )
  expect(rates.map(codeOf)).toEqual(['ok', 'ok', 'ok'])
  const rated = (await docOf<TicketDoc>(db, 'tickets', ticket.id))!
  expect(rated).toMatchObject({ status: 'rated', rating: 5 })
  expect(rated.timeline.map((e) => e.step)).toEqual(['report', 'accept', 'progress', 'close', 'rate'])
  expect(rated.timeline[1]).toMatchObject({ byName: '王建华', byRole: '社区党委' })

  // The reporter was told of each step the office took, once each.
  const messages = await outboxOf(ticket.id)
  expect(messages.map((m) => m.toId)).toEqual([P.resident.id, P.resident.id, P.resident.id])
  expect(messages.map((m) => m.text).join('\n')).toMatch(/已受理[\s\S]*正在办理[\s\S]*已办结/)

  const wall = dataOf(await callAs('visitor-wall').community.problemWall({}))
  const item = wall.items.find((i) => i.id === ticket.id)
  expect(item).toMatchObject({ reporterName: '赵*娜', handlerName: '光华路街道城管科', rating: 5, building: '海福巷3号' })
  expect(JSON.stringify(item)).not.toContain(P.resident.name)
  expect(await countOf(db, 'auditLogs', { target: ticket.id })).toBe(3)
})

test('reopen within 7 days of closing goes back to 办理中; after 7 days it is refused', async () => {
  const ticket = dataOf(await report(P.resident, { category: 'road', text: '海福巷3号门前路面坑洼，下雨积水' })).ticket
  dataOf(await callAs(P.admin).community.acceptTicket({ ticketId: ticket.id, handler: { kind: 'person', memberId: P.member.id } }))
  // The handler (a member) can read the ticket they were given.
  expect(dataOf(await callAs(P.member).community.ticket({ ticketId: ticket.id })).ticket.handler).toEqual({
    kind: 'person',
    name: P.member.name,
  })
  dataOf(await callAs(P.admin).community.closeTicket({ ticketId: ticket.id, result: '已联系市政部门重铺路面' }))
  expect(codeOf(await callAs(P.member).community.reopenTicket({ ticketId: ticket.id, reason: '还有积水' }))).toBe('TICKET.NOT_REPORTER')
  const reopened = dataOf(await callAs(P.resident).community.reopenTicket({ ticketId: ticket.id, reason: '东侧还有一段积水' })).ticket
  expect(reopened).toMatchObject({ status: 'inProgress', reopens: 1, closedAt: null })
  expect(dataOf(await callAs(P.resident).community.problemWall({})).items.map((i) => i.id)).not.toContain(ticket.id)

  dataOf(await callAs(P.admin).community.closeTicket({ ticketId: ticket.id, result: '东侧一段也已重铺' }))
  await db
    .collection('tickets')
    .doc(ticket.id)
    .update({ data: { closedAt: new Date(Date.now() - 8 * 86_400_000) } })
  expect(codeOf(await callAs(P.resident).community.reopenTicket({ ticketId: ticket.id, reason: '又坏了' }))).toBe('TICKET.REOPEN_EXPIRED')
})

test('overdue tickets are escalated to the committee once, however often the timer runs', async () => {
  const ticket = dataOf(await report(P.resident, { category: 'lighting', text: '琼林苑3栋门口路灯不亮已一周' })).ticket
  dataOf(await callAs(P.admin).community.acceptTicket({ ticketId: ticket.id, handler: { kind: 'unit', name: '琼林苑物业' } }))
  expect(dataOf(await callAs(P.admin).community.escalateOverdue({})).escalated).toBe(0)
  await db
    .collection('tickets')
    .doc(ticket.id)
    .update({ data: { dueDay: '2026-01-05' } })
  expect(dataOf(await callAs(P.admin).community.ticket({ ticketId: ticket.id })).ticket).toMatchObject({
    clock: 'overdue',
    workingDaysLeft: 0,
  })
  const runs = await Promise.all([1, 2, 3].map(() => callAs(P.admin).community.escalateOverdue({})))
  expect(runs.map((r) => dataOf(r).escalated).reduce((a, b) => a + b, 0)).toBe(1)
  expect(dataOf(await callAs(P.admin).community.escalateOverdue({})).escalated).toBe(0)
  const doc = (await docOf<TicketDoc>(db, 'tickets', ticket.id))!
  expect(doc.timeline.filter((e) => e.step === 'escalate')).toHaveLength(1)
  const escalations = (await outboxOf(ticket.id)).filter((m) => m.type === 'escalation')
  expect(escalations).toHaveLength(1)
  expect(escalations[0].text).toContain('请督办')
})

test('the timeline is private to the reporter, the handler and the managers of its scope', async () => {
  const ticket = dataOf(
    await report(P.resident, { building: '琼林苑3栋', category: 'sanitation', text: '3栋二楼平台堆满垃圾杂物无人清理' }),
  ).ticket
  expect(codeOf(await callAs(P.elder).community.ticket({ ticketId: ticket.id }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(P.otherSecretary).community.ticket({ ticketId: ticket.id }))).toBe('COMMON.NOT_FOUND')
  expect(dataOf(await callAs(P.secretary).community.ticket({ ticketId: ticket.id })).ticket.reporterName).toBe(P.resident.name)
  // The branch of the building handles it.
  dataOf(await callAs(P.secretary).community.acceptTicket({ ticketId: ticket.id, handler: { kind: 'person', memberId: P.member.id } }))
})

test('numbers per category and handler, with median days to close, in the manager’s subtree', async () => {
  const all = dataOf(await callAs(P.admin).community.ticketNumbers({}))
  expect(all.total).toBe(await countOf(db, 'tickets'))
  const drainage = all.byCategory.find((r) => r.key === 'drainage')!
  expect(drainage).toMatchObject({ label: '排水管道', closed: 1, medianDaysToClose: 0 })
  expect(all.byHandler.find((r) => r.label === '琼林苑物业')).toMatchObject({ total: 1, overdue: 1, closed: 0, medianDaysToClose: null })
  expect(all.overdue).toBe(1)
  const branch = dataOf(await callAs(P.secretary).community.ticketNumbers({}))
  expect(branch.total).toBeLessThan(all.total)
  expect(branch.byCategory.map((r) => r.key).sort()).toEqual(['safety', 'sanitation'])
  expect(codeOf(await callAs(P.resident).community.ticketNumbers({}))).toBe('COMMON.FORBIDDEN')
})
