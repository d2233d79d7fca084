import { Text } from '@tarojs/components'
import { Card } from '../../components/Card'
import { FormField, PHONE_INPUT_MAX } from '../../components/FormField'
import { BuildingChoice } from '../buildings/BuildingChoice'
import { SubmitBar } from '../../shared/FormNotice'
import type { FormController } from '../../shared/useFormSubmit'
import type { RegisterField } from './useRegisterResident'
import '../../shared/forms.scss'

/** 登记为居民: name, phone, building and unit in one short form. */
export function RegisterForm({ form }: { form: FormController<RegisterField> }) {
  const { errors, busy, submit, field } = form
  return (
    <Card title="登记为社区居民">
      <Text className="hl-form__intro">填写以下信息，登记后就可以报名社区活动、参与道德银行积分。</Text>
      <FormField label="姓名" placeholder="请输入姓名" {...field('name')} maxLength={20} />
      <FormField
        label="手机号"
        placeholder="请输入 11 位手机号"
        type="number"
        maxLength={PHONE_INPUT_MAX}
        {...field('phone')}
        hint="只用于社区联系您，对外显示时会隐藏中间四位"
      />
      <BuildingChoice building={field('building')} unit={field('unit')} />
      <SubmitBar problem={errors.general} busy={busy} label="提交登记" onSubmit={submit} actionsClass="hl-form__actions" />
    </Card>
  )
}
