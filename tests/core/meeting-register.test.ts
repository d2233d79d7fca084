import { expectedOn, registerCounts, registerStateOf } from '../../core/activities/register'

describe('三会一课 register states', () => {
  it('check-in or the tick is 实到, before 送学, before an approved leave; the rest 缺席', () => {
    expect(registerStateOf({ checkedIn: true, mark: 'none', leave: 'approved' })).toBe('present')
    expect(registerStateOf({ checkedIn: false, mark: 'present', leave: null })).toBe('present')
    expect(registerStateOf({ checkedIn: false, mark: 'delivered', leave: 'approved' })).toBe('delivered')
    expect(registerStateOf({ checkedIn: false, mark: 'none', leave: 'approved' })).toBe('leave')
    expect(registerStateOf({ checkedIn: false, mark: 'none', leave: 'pending' })).toBe('absent')
    expect(registerStateOf({ checkedIn: false, mark: 'none', leave: 'rejected' })).toBe('absent')
  })

  it('counts each state and the rate of 实到 over 应到 less 请假', () => {
    expect(registerCounts(['present', 'present', 'leave', 'delivered', 'absent'], 2)).toEqual({
      expected: 5,
      present: 2,
      delivered: 1,
      leave: 1,
      absent: 1,
      walkIns: 2,
      rate: 50,
    })
    expect(registerCounts(['leave'], 0).rate).toBeNull()
    expect(registerCounts([], 0).rate).toBeNull()
  })

  it('expects the members of the org subtree who are not archived', () => {
    expect(expectedOn({ orgPath: ['c', 'b1', 'g1'], archived: false }, 'b1')).toBe(true)
    expect(expectedOn({ orgPath: ['c', 'b1', 'g1'], archived: true }, 'b1')).toBe(false)
    expect(expectedOn({ orgPath: ['c', 'b2'], archived: false }, 'b1')).toBe(false)
  })
})
