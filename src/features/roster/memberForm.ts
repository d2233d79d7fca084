import type { MemberDetail, MemberFields } from '@core/contract'
import type { MemberCategory, MemberStatus } from '@core/roles'
import { PHONE_PATTERN } from './labels'

/** The edit form as typed (years are text until saved). */
export interface MemberFormValues {
  name: string
  gender: 'male' | 'female'
  birthYear: string
  phone: string
  category: MemberCategory
  elder: boolean
  status: MemberStatus
  orgId: string
  building: string
  unit: string
  joinedPartyYear: string
}

export type FormErrors = Partial<Record<keyof MemberFormValues, string>>

export function emptyForm(orgId = ''): MemberFormValues {
  return {
    name: '',
    gender: 'female',
    birthYear: '',
    phone: '',
    category: 'retired',
    elder: false,
    status: 'normal',
    orgId,
    building: '',
    unit: '',
    joinedPartyYear: '',
  }
}

export function formFromMember(member: MemberDetail): MemberFormValues {
  return {
    name: member.name,
    gender: member.gender,
    birthYear: String(member.birthYear),
    phone: member.phone ?? '',
    category: member.category,
    elder: member.elder,
    status: member.status,
    orgId: member.orgId,
    building: member.building,
    unit: member.unit,
    joinedPartyYear: String(member.joinedPartyYear),
  }
}

export function fieldsFromMember(member: MemberDetail): MemberFields | null {
  if (!member.phone) return null
  return { ...formFromMember(member), phone: member.phone, birthYear: member.birthYear, joinedPartyYear: member.joinedPartyYear }
}

const yearOk = (text: string) => /^\d{4}$/.test(text.trim()) && Number(text) >= 1900 && Number(text) <= 2100

/** The same rules as the server, checked first so the person hears about them at once. */
export function checkForm(values: MemberFormValues): { fields: MemberFields | null; errors: FormErrors } {
  const errors: FormErrors = {}
  if (!values.name.trim()) errors.name = '请填写姓名'
  else if (values.name.trim().length > 20) errors.name = '姓名最多 20 个字'
  if (!PHONE_PATTERN.test(values.phone.trim())) errors.phone = '手机号应为 11 位数字，以 1 开头'
  if (!yearOk(values.birthYear)) errors.birthYear = '请填写四位出生年份，如 1948'
  if (!yearOk(values.joinedPartyYear)) errors.joinedPartyYear = '请填写四位入党年份，如 1975'
  if (!values.orgId) errors.orgId = '请选择所在支部或党小组'
  if (values.building.trim().length > 30) errors.building = '楼栋最多 30 个字'
  if (values.unit.trim().length > 10) errors.unit = '单元最多 10 个字'
  if (Object.keys(errors).length) return { fields: null, errors }
  return {
    errors,
    fields: {
      name: values.name.trim(),
      gender: values.gender,
      birthYear: Number(values.birthYear),
      phone: values.phone.trim(),
      category: values.category,
      elder: values.elder,
      status: values.status,
      orgId: values.orgId,
      building: values.building.trim(),
      unit: values.unit.trim(),
      joinedPartyYear: Number(values.joinedPartyYear),
    },
  }
}

/** A server COMMON.VALIDATION names the field as `fields.phone`: put its message under that box. */
export function errorForField(field: string | undefined, message: string): FormErrors {
  const key = field?.split('.').pop() as keyof MemberFormValues | undefined
  return key ? { [key]: message } : {}
}
