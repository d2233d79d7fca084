import { activityFieldsSchema } from '@core/contract/activities'
import {
  checkActivityForm,
  emptyActivityForm,
  parseBeijingTime,
  type ActivityFormValues,
} from '../../src/features/activities/admin/activityForm'
import { builder } from './helpers/builder'

/** The create/edit form's own checks: Beijing times, every field's rule in words, output the server accepts. */
const NOW = Date.parse('2026-11-29T04:00:00.000Z')

const filled = builder<ActivityFormValues>(() => ({
  ...emptyActivityForm('all'),
  title: '琼林苑环境清洁',
  place: '琼林苑北门',
  start: '2026-12-20 09:00',
  end: '2026-12-20 11:00',
}))

describe('活动表单', () => {
  it('reads typed times as Beijing time, whatever zone the phone is in', () => {
    expect(parseBeijingTime('2026-12-20 09:00')).toBe('2026-12-20T01:00:00.000Z')
    // 00:30 in Beijing is the previous UTC day.
    expect(parseBeijingTime('2026-12-20 00:30')).toBe('2026-12-19T16:30:00.000Z')
    expect(parseBeijingTime('2026-02-30 09:00')).toBeNull()
    expect(parseBeijingTime('12月20日 9点')).toBeNull()
  })

  it('turns a complete form into fields the contract accepts', () => {
    const { fields, errors } = checkActivityForm(
      filled({ signUpCloses: '2026-12-19 18:00', cancelDeadline: '2026-12-19 12:00', points: '10', serviceMinutes: '120' }),
      true,
      NOW,
    )
    expect(errors).toEqual({})
    expect(activityFieldsSchema.parse(fields)).toMatchObject({
      startAt: '2026-12-20T01:00:00.000Z',
      endAt: '2026-12-20T03:00:00.000Z',
      signUpClosesAt: '2026-12-19T10:00:00.000Z',
      cancelDeadline: '2026-12-19T04:00:00.000Z',
      signUpOpensAt: null,
      capacity: 20,
      audience: { kind: 'all' },
      points: 10,
      serviceMinutes: 120,
    })
  })

  it('says what is wrong with each field, and sends nothing', () => {
    const { fields, errors } = checkActivityForm(
      filled({
        title: ' ',
        place: '',
        start: '2026-12-20 09:00',
        end: '2026-12-20 08:00',
        cancelDeadline: '2026-12-21 08:00',
        capacity: '0',
        points: '-1',
        serviceMinutes: '1.5',
      }),
      true,
      NOW,
    )
    expect(fields).toBeNull()
    expect(errors).toEqual({
      title: '请填写活动名称',
      place: '请填写活动地点',
      end: '结束须晚于开始',
      cancelDeadline: '取消截止不能晚于活动开始',
      capacity: '名额须为 1–10000 的整数',
      points: '积分须为 0–1000 的整数',
      serviceMinutes: '志愿时长须为 0–1440 分钟的整数',
    })
  })

  it('refuses a start in the past for a new activity, and sign-up opening after it closes', () => {
    expect(checkActivityForm(filled({ start: '2026-11-01 09:00', end: '2026-11-01 10:00' }), true, NOW).errors.start).toBe(
      '开始时间已经过去了',
    )
    expect(checkActivityForm(filled({ signUpOpens: '2026-12-20 10:00' }), true, NOW).errors.signUpOpens).toBe('报名开始须早于报名截止')
  })

  it('sends null capacity for 不限人数, and needs a branch or building when the audience is one', () => {
    expect(checkActivityForm(filled({ limited: false, capacity: '' }), true, NOW).fields?.capacity).toBeNull()
    expect(checkActivityForm(filled({ kindOfAudience: 'org' }), true, NOW).errors.kindOfAudience).toBe('请选择参加的支部或党小组')
    expect(checkActivityForm(filled({ kindOfAudience: 'org', orgId: 'org-b1' }), true, NOW).fields?.audience).toEqual({
      kind: 'org',
      orgId: 'org-b1',
    })
  })
})
