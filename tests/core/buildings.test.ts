import { buildingKey, cleanUnits, matchBuilding, unitKey } from '../../core/rules/buildings'

describe('building names', () => {
  it('gives every way of writing one building the same canonical name', () => {
    for (const typed of [
      '琼林苑3栋',
      '琼林苑3号楼',
      '琼林苑 3 幢',
      '琼林苑３栋',
      '琼林苑三号楼',
      '琼林苑3号',
      '琼林苑3#',
      '琼林苑　３　座',
    ]) {
      expect(buildingKey(typed)).toBe('琼林苑3栋')
    }
    expect(buildingKey('临滨苑十二栋')).toBe('临滨苑12栋')
    expect(buildingKey('临滨苑二十号楼')).toBe('临滨苑20栋')
    expect(buildingKey('12')).toBe('12栋')
    // Different buildings stay different; a name with no number is kept as written (without spaces).
    expect(buildingKey('琼林苑13栋')).not.toBe(buildingKey('琼林苑3栋'))
    expect(buildingKey('社区 服务中心')).toBe('社区服务中心')
  })

  it('writes units one way', () => {
    expect(unitKey('2')).toBe('2单元')
    expect(unitKey('二单元')).toBe('2单元')
    expect(unitKey('２单元')).toBe('2单元')
    expect(unitKey('')).toBe('')
    expect(cleanUnits(['1', '1单元', '二单元', ' '])).toEqual(['1单元', '2单元'])
  })

  it('matches a typed building and unit to the list, or says which one is not in it', () => {
    const list = [
      { id: '琼林苑3栋', units: ['1单元', '2单元'] },
      { id: '临滨苑1栋', units: [] },
    ]
    expect(matchBuilding(list, '琼林苑3号楼', '二单元')).toEqual({ ok: true, building: '琼林苑3栋', unit: '2单元' })
    expect(matchBuilding(list, '琼林苑3栋', '')).toEqual({ ok: true, building: '琼林苑3栋', unit: '' })
    expect(matchBuilding(list, '琼林苑3栋', '5单元')).toEqual({ ok: false, reason: 'unknownUnit' })
    expect(matchBuilding(list, '临滨苑1号楼', '9')).toEqual({ ok: true, building: '临滨苑1栋', unit: '9单元' })
    expect(matchBuilding(list, '琼林苑30栋', '')).toEqual({ ok: false, reason: 'unknownBuilding' })
  })
})
