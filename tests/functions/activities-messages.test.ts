/**
 * Subscription messages through the real SDK and the local WeChat stand-in: each kind is sent with
 * its own template and key mapping, only to people with a consent left (one per 允许, spent per
 * message), and WeChat's refusals (43101) and bad-data answers (47003) are recorded per message.
 */
import { consentsLeft } from '../../cloudfunctions/_core/messages'
import { MESSAGE_TEMPLATES, type MessageKind } from '../../core/messages/templates'
import { callAs, dataOf, P } from '../support'
import { acceptSubscriptions, sentMessages } from '../support/cloud-services'
import { fields, inHours, makeActivity } from './activities-fixtures'
import { useCommunityDb } from './helpers'

jest.setTimeout(120_000)
useCommunityDb('activities-messages')

const ids = (kinds: MessageKind[]) => kinds.map((kind) => MESSAGE_TEMPLATES[kind].localId)
let request = 0

/** The client reports 允许 for `kinds` (whether or not WeChat holds the consent). */
async function reportAllowed(person: { openid: string }, kinds: MessageKind[], requestId = `req-${(request += 1)}-abcdef`) {
  const results = Object.fromEntries(ids(kinds).map((id) => [id, 'accept' as const]))
  return dataOf(await callAs(person).activities.recordSubscription({ requestId, results }))
}

/** The person taps 允许 for `kinds`: WeChat records it, and the client reports it. */
async function allow(person: { openid: string }, kinds: MessageKind[]) {
  await acceptSubscriptions(person.openid, ids(kinds))
  return reportAllowed(person, kinds)
}

const outboxFor = async (activityId: string) =>
  dataOf(await callAs(P.admin).activities.outbox({})).items.filter((item) => item.activityId === activityId)

test('the client learns the templates; a resent consent counts once', async () => {
  const { templates } = dataOf(await callAs(P.resident).activities.subscriptionTemplates({}))
  expect(templates.map((t) => t.kind)).toEqual(['reminder', 'promoted', 'changed', 'cancelled'])
  const results = {
    [MESSAGE_TEMPLATES.reminder.localId]: 'accept' as const,
    [MESSAGE_TEMPLATES.changed.localId]: 'reject' as const,
    unknown: 'accept' as const,
  }
  for (let i = 0; i < 3; i += 1) {
    expect(dataOf(await callAs(P.elder).activities.recordSubscription({ requestId: 'same-request-id', results })).accepted).toEqual([
      'reminder',
    ])
  }
  expect(await consentsLeft(P.elder.openid, 'reminder')).toBe(1)
  expect(await consentsLeft(P.elder.openid, 'changed')).toBe(0)
})

test('a reminder goes out with its own mapping to the one who allowed it; nobody else gets anything', async () => {
  const soon = await makeActivity({ startAt: inHours(3), endAt: inHours(5), title: '防诈骗讲座', place: '琼林苑党群服务中心' })
  await allow(P.resident, ['reminder'])
  dataOf(await callAs(P.resident).activities.signUp({ activityId: soon.id, remind: true }))
  dataOf(await callAs(P.member).activities.signUp({ activityId: soon.id, remind: true }))
  dataOf(await callAs(P.admin).activities.sendReminders({}))

  const byName = Object.fromEntries((await outboxFor(soon.id)).map((item) => [item.toName, item]))
  expect(byName[P.resident.name]).toMatchObject({ type: 'reminder', status: 'sent', error: null })
  expect(byName[P.member.name]).toMatchObject({ type: 'reminder', status: 'skipped-no-consent' })
  const sent = (await sentMessages()).filter((m) => m.page?.endsWith(`id=${soon.id}`))
  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatchObject({ touser: P.resident.openid, templateId: MESSAGE_TEMPLATES.reminder.localId })
  expect(Object.keys(sent[0].data)).toEqual(['thing1', 'time2', 'thing3', 'thing4'])
  expect(sent[0].data.thing1.value).toBe('防诈骗讲座')
  expect(sent[0].data.time2.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
  expect(await consentsLeft(P.resident.openid, 'reminder')).toBe(0)
})

test('promoted, changed and cancelled each use their own template; one consent is one message', async () => {
  const small = await makeActivity({ capacity: 1, title: '红色观影', place: '社区影厅' })
  await allow(P.resident, ['changed', 'cancelled'])
  await allow(P.member, ['promoted', 'changed'])
  dataOf(await callAs(P.resident).activities.signUp({ activityId: small.id }))
  dataOf(await callAs(P.member).activities.signUp({ activityId: small.id, waitlist: true }))
  dataOf(await callAs(P.resident).activities.cancel({ activityId: small.id }))
  const detail = dataOf(await callAs(P.admin).activities.get({ activityId: small.id })).activity
  dataOf(
    await callAs(P.admin).activities.update({
      activityId: small.id,
      version: detail.version,
      fields: fields({ capacity: 1, title: '红色观影', place: '社区党群服务中心二楼', startAt: detail.startAt, endAt: detail.endAt }),
    }),
  )
  dataOf(await callAs(P.admin).activities.cancelActivity({ activityId: small.id, reason: '放映设备故障' }))
  dataOf(await callAs(P.admin).activities.sendReminders({}))

  const sent = (await sentMessages()).filter((m) => m.page?.endsWith(`id=${small.id}`))
  const kinds = sent.map((m) => `${m.touser}:${m.templateId}`).sort()
  expect(kinds).toEqual(
    [`${P.member.openid}:${MESSAGE_TEMPLATES.promoted.localId}`, `${P.member.openid}:${MESSAGE_TEMPLATES.changed.localId}`].sort(),
  )
  const promoted = sent.find((m) => m.templateId === MESSAGE_TEMPLATES.promoted.localId)!
  expect(promoted.data.phrase4.value).toBe('候补成功')
  const changed = sent.find((m) => m.templateId === MESSAGE_TEMPLATES.changed.localId)!
  expect(changed.data.thing3.value).toBe('社区党群服务中心二楼')
  // The member allowed no cancellation message: it is recorded as not sent.
  const outbox = await outboxFor(small.id)
  expect(outbox.find((m) => m.type === 'cancelled' && m.toName === P.member.name)?.status).toBe('skipped-no-consent')
})

test('43101 (WeChat has no consent) and 47003 (data breaking the template) are recorded per message', async () => {
  // The client reported 允许, but WeChat holds no consent (e.g. the person turned messages off since).
  await reportAllowed(P.secretary, ['reminder'], 'secretary-req-1')
  const first = await makeActivity({ startAt: inHours(4), endAt: inHours(5), title: '党课' })
  dataOf(await callAs(P.secretary).activities.signUp({ activityId: first.id, remind: true }))
  dataOf(await callAs(P.admin).activities.sendReminders({}))
  const refused = (await outboxFor(first.id)).find((m) => m.toName === P.secretary.name)
  expect(refused).toMatchObject({ status: 'refused', error: { code: 43101 } })

  // The reminder's variable names the cancellation template (a console mix-up): its keys differ.
  process.env[MESSAGE_TEMPLATES.reminder.envVar] = MESSAGE_TEMPLATES.cancelled.localId
  try {
    await allow(P.elder, ['cancelled'])
    await reportAllowed(P.elder, ['cancelled'], 'elder-mixed-up')
    const second = await makeActivity({ startAt: inHours(6), endAt: inHours(7), title: '学习会' })
    dataOf(await callAs(P.elder).activities.signUp({ activityId: second.id, remind: true }))
    const before = await consentsLeft(P.elder.openid, 'reminder')
    dataOf(await callAs(P.admin).activities.sendReminders({}))
    const bad = (await outboxFor(second.id)).find((m) => m.toName === P.elder.name)
    expect(bad).toMatchObject({ status: 'failed', error: { code: 47003 } })
    expect(bad?.error?.message).toMatch(/47003/)
    // WeChat did not use the consent: it is still there.
    expect(await consentsLeft(P.elder.openid, 'reminder')).toBe(before)
  } finally {
    delete process.env[MESSAGE_TEMPLATES.reminder.envVar]
  }
})
