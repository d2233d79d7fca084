import { fitValue, valueProblem } from '../../core/messages/key-rules'
import { keyKindsOf, MESSAGE_KINDS, MESSAGE_TEMPLATES, messageData, wechatTime } from '../../core/messages/templates'

const facts = {
  title: '琼林苑社区“邻里守望”志愿服务暨消防安全讲座',
  startAt: new Date('2026-12-03T06:30:00Z'),
  place: '琼林苑社区党群服务中心二楼多功能会议室',
  note: '场地临时检修，活动改期另行通知，敬请谅解',
}

test.each(MESSAGE_KINDS)('%s: every declared key gets a value within WeChat’s limits', (kind) => {
  const data = messageData(kind, facts)
  expect(Object.keys(data)).toEqual(Object.keys(MESSAGE_TEMPLATES[kind].keys))
  const kinds = keyKindsOf(MESSAGE_TEMPLATES[kind])
  for (const [key, { value }] of Object.entries(data)) expect([key, valueProblem(kinds[key], value)]).toEqual([key, null])
  expect(data.thing1.value).toBe(`${[...facts.title].slice(0, 19).join('')}…`)
  expect(data.time2.value).toBe('2026年12月3日 14:30')
})

test('each kind has its own template, variable and mapping', () => {
  expect(new Set(MESSAGE_KINDS.map((k) => MESSAGE_TEMPLATES[k].envVar)).size).toBe(4)
  expect(Object.keys(MESSAGE_TEMPLATES.reminder.keys)).toEqual(['thing1', 'time2', 'thing3', 'thing4'])
  expect(Object.keys(MESSAGE_TEMPLATES.promoted.keys)).toEqual(['thing1', 'time2', 'thing3', 'phrase4'])
  expect(messageData('promoted', facts).phrase4.value).toBe('候补成功')
  expect(messageData('cancelled', facts).thing3.value).toBe(facts.note)
  expect(messageData('changed', facts).thing3.value).toBe(facts.place)
})

test('the value rules refuse what WeChat refuses', () => {
  expect(valueProblem('thing', '一二三四五六七八九十一二三四五六七八九十一')).toMatch(/20/)
  expect(valueProblem('time', '2026-12-03 14:30')).toMatch(/时间格式/)
  expect(valueProblem('time', wechatTime(new Date('2026-01-05T00:05:00Z')))).toBeNull()
  expect(valueProblem('phrase', '候补OK')).toMatch(/汉字/)
  expect(valueProblem('thing', '')).toMatch(/空/)
  expect(fitValue('thing', '  多个   空格  ')).toBe('多个 空格')
})
