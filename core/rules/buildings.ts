/**
 * 楼栋: the community's own list of buildings, kept by the committee with the org tree. A building's
 * id is its canonical name (`buildingKey` of what the committee typed, e.g. 琼林苑3栋), so what people
 * registered, a notice for 琼林苑3栋 and the 本楼栋 ranking all compare the same string. A name that
 * was typed differently (琼林苑3号楼, 琼林苑 ３ 幢, 琼林苑三号楼) has the same key and is matched to it.
 */

export const BUILDING_NAME_MAX = 30
export const UNIT_NAME_MAX = 10
export const BUILDING_UNITS_MAX = 30
/** A community's list is read whole (pickers, migration): it stays far below this. */
export const BUILDINGS_MAX = 500

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 三 → 3, 十二 → 12, 二十 → 20, 二十三 → 23 (1–99, what building and unit numbers use). */
function chineseNumber(text: string): string {
  if (!/^[零一二两三四五六七八九十]+$/.test(text)) return text
  if (!text.includes('十')) return [...text].map((c) => CHINESE_DIGITS[c]).join('')
  const [tens, ones] = text.split('十')
  return String((tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0))
}

/** Full-width letters and digits as ASCII, no spaces of any width. */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '')
}

/**
 * The canonical name of a building: 号楼 / 幢 / 座 / 号 / 栋 / # after its number all become 栋,
 * Chinese numerals become digits, full-width characters half-width, spaces go.
 */
export function buildingKey(text: string): string {
  return plain(text)
    .replace(/([零一二两三四五六七八九十]+|\d+)(?=(号楼|号|幢|座|栋|楼|#)$)/, (n) => chineseNumber(n))
    .replace(/(\d+)(号楼|号|幢|座|栋|楼|#楼|#)$/, '$1栋')
    .replace(/^(\d+)$/, '$1栋')
}

/** The canonical name of a unit (单元): 2 / 二单元 / ２单元 → 2单元. */
export function unitKey(text: string): string {
  const value = plain(text).replace(/^([零一二两三四五六七八九十]+)(?=单元$)/, (n) => chineseNumber(n))
  return /^\d+$/.test(value) ? `${value}单元` : value
}

export interface BuildingChoice {
  id: string
  units: string[]
}

export type BuildingMatch = { ok: true; building: string; unit: string } | { ok: false; reason: 'unknownBuilding' | 'unknownUnit' }

/**
 * What a person gave as building and unit, matched to the community's list: the building by its
 * key; the unit by its key among that building's units (any unit, or none, when it lists none).
 */
export function matchBuilding(buildings: readonly BuildingChoice[], building: string, unit: string): BuildingMatch {
  const key = buildingKey(building)
  const found = buildings.find((b) => b.id === key)
  if (!found) return { ok: false, reason: 'unknownBuilding' }
  const wanted = unitKey(unit)
  if (!wanted) return { ok: true, building: found.id, unit: '' }
  if (!found.units.length) return { ok: true, building: found.id, unit: wanted }
  const listed = found.units.find((u) => unitKey(u) === wanted)
  return listed ? { ok: true, building: found.id, unit: listed } : { ok: false, reason: 'unknownUnit' }
}

/** Units as the committee typed them, canonical and each once, in the order given. */
export function cleanUnits(units: readonly string[]): string[] {
  return [...new Set(units.map(unitKey).filter(Boolean))]
}
