import { View } from '@tarojs/components'
import type { MemberCategory, MemberStatus } from '@core/roles'
import { ChipGroup } from '../../shared/ChipGroup'
import { FormField, PHONE_INPUT_MAX } from '../../components/FormField'
import { BuildingChoice } from '../buildings/BuildingChoice'
import { OrgPicker } from '../org/OrgPicker'
import type { OrgOption } from '../org/orgOptions'
import { CATEGORY_LABELS, GENDER_LABELS, STATUS_LABELS } from './labels'
import type { FormErrors, MemberFormValues } from './memberForm'

const options = <V extends string>(labels: Record<V, string>) =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
const yesNo = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]

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
  return (
    <View>
      <FormField label="姓名" value={values.name} maxLength={20} error={errors.name} onChange={(name) => set({ name })} />
      <ChipGroup label="性别" options={options(GENDER_LABELS)} value={values.gender} onChange={(gender) => set({ gender })} />
      <FormField
        label="出生年份"
        type="number"
        maxLength={4}
        value={values.birthYear}
        placeholder="如 1948"
        error={errors.birthYear}
        onChange={(birthYear) => set({ birthYear })}
      />
      <FormField
        label="手机号"
        type="number"
        maxLength={PHONE_INPUT_MAX}
        value={values.phone}
        error={errors.phone}
        onChange={(phone) => set({ phone })}
      />
      <ChipGroup
        label="类别"
        options={options(CATEGORY_LABELS)}
        value={values.category}
        onChange={(category: MemberCategory) => set({ category })}
      />
      <ChipGroup label="高龄或行动不便" options={yesNo} value={values.elder ? 'yes' : 'no'} onChange={(v) => set({ elder: v === 'yes' })} />
      <ChipGroup label="状态" options={options(STATUS_LABELS)} value={values.status} onChange={(status: MemberStatus) => set({ status })} />
      <OrgPicker
        label="所在支部 / 党小组"
        error={errors.orgId}
        options={orgs}
        value={values.orgId || null}
        onChange={(orgId) => set({ orgId: orgId ?? '' })}
      />
      {/* From the community's list, as residents choose theirs (typed only while none is listed). */}
      <BuildingChoice
        building={{ value: values.building, error: errors.building ?? undefined, onChange: (building) => set({ building }) }}
        unit={{ value: values.unit, error: errors.unit ?? undefined, onChange: (unit) => set({ unit }) }}
      />
      <FormField
        label="入党年份"
        type="number"
        maxLength={4}
        value={values.joinedPartyYear}
        placeholder="如 1975"
        error={errors.joinedPartyYear}
        onChange={(joinedPartyYear) => set({ joinedPartyYear })}
      />
    </View>
  )
}
