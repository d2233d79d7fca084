import { View } from '@tarojs/components'
import type { MemberCategory, MemberStatus } from '@core/roles'
import { BooleanChips, ChipGroup, optionsOf } from '../../shared/ChipGroup'
import { FormField, PHONE_INPUT_MAX } from '../../components/FormField'
import { BuildingChoice } from '../buildings/BuildingChoice'
import { OrgPicker } from '../org/OrgPicker'
import type { OrgOption } from '../org/orgOptions'
import { CATEGORY_LABELS, GENDER_LABELS, STATUS_LABELS } from './labels'
import type { FormErrors, MemberFormValues } from './memberForm'

/** The fields typed as text (the rest are chosen). */
type TypedField = 'name' | 'birthYear' | 'phone' | 'building' | 'unit' | 'joinedPartyYear'

/** 新增 / 修改党员: every field of the roster, with the problem written under its box. */
export function MemberForm({
  values,
  errors,
  orgs,
  onChange,
}: {
  values: MemberFormValues
  errors: FormErrors
  orgs: OrgOption[]
  onChange: (next: MemberFormValues) => void
}) {
  const set = (patch: Partial<MemberFormValues>) => onChange({ ...values, ...patch })
  /** What a typed field needs: its value, its problem and a change handler. */
  const field = (name: TypedField) => ({
    value: values[name],
    error: errors[name],
    onChange: (value: string) => onChange({ ...values, [name]: value }),
  })
  return (
    <View>
      <FormField label="姓名" {...field('name')} maxLength={20} />
      <ChipGroup label="性别" options={optionsOf(GENDER_LABELS)} value={values.gender} onChange={(gender) => set({ gender })} />
      <FormField label="出生年份" type="number" maxLength={4} {...field('birthYear')} placeholder="如 1948" />
      <FormField label="手机号" type="number" maxLength={PHONE_INPUT_MAX} {...field('phone')} />
      <ChipGroup
        label="类别"
        options={optionsOf(CATEGORY_LABELS)}
        value={values.category}
        onChange={(category: MemberCategory) => set({ category })}
      />
      <BooleanChips label="高龄或行动不便" yes="是" no="否" value={values.elder} onChange={(elder) => set({ elder })} />
      <ChipGroup
        label="状态"
        options={optionsOf(STATUS_LABELS)}
        value={values.status}
        onChange={(status: MemberStatus) => set({ status })}
      />
      <OrgPicker
        label="所在支部 / 党小组"
        error={errors.orgId}
        options={orgs}
        value={values.orgId || null}
        onChange={(orgId) => set({ orgId: orgId ?? '' })}
      />
      {/* From the community's list, as residents choose theirs (typed only while none is listed). */}
      <BuildingChoice building={field('building')} unit={field('unit')} />
      <FormField label="入党年份" type="number" maxLength={4} {...field('joinedPartyYear')} placeholder="如 1975" />
    </View>
  )
}
