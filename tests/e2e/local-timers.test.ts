import { startLocalCloud, type RunningCloud } from './local-cloud'
import { dataOf, newResident, P, signIn } from '../support'

/**
 * The local cloud runs the functions' timer triggers (config.json) as WeChat does: here every 0.6 s.
 * A resident who asked for a reminder of an activity starting in two hours finds it in the outbox
 * without anyone pressing 发送提醒, once, however often the timer runs.
 */
let cloud: RunningCloud

beforeAll(async () => {
  cloud = await startLocalCloud({ env: { TIMER_MINUTES: '0.01' } })
})
afterAll(() => cloud?.stop())

it('queues the reminder of an activity starting soon by itself, once', async () => {
  const admin = await signIn(cloud.url, P.admin)
  const start = Date.now() + 2 * 3600_000
  const { activity } = dataOf(
    await admin.activities.create({
      fields: {
        kind: 'neighbourhood',
        title: '定时提醒测试：楼道清扫',
        place: '琼林苑3栋',
        startAt: new Date(start).toISOString(),
        endAt: new Date(start + 3600_000).toISOString(),
        capacity: 10,
        audience: { kind: 'all' },
      },
    }),
    'create',
  )
  const resident = await newResident(cloud.url, 'timer')
  dataOf(await resident.call.activities.signUp({ activityId: activity.id, remind: true }), 'signUp')

  const reminders = async () => {
    const { items } = dataOf(await admin.activities.outbox({}), 'outbox')
    return items.filter((item) => item.activityId === activity.id && item.type === 'reminder').length
  }
  const deadline = Date.now() + 20_000
  while ((await reminders()) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 300))
  expect(await reminders()).toBe(1)
  // Several more timer runs later: still one.
  await new Promise((resolve) => setTimeout(resolve, 2_500))
  expect(await reminders()).toBe(1)
})
