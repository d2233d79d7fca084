import { Text } from '@tarojs/components'
import { Card } from '../../components/Card'
import { FormField, PHONE_INPUT_MAX } from '../../components/FormField'
import { SubmitBar } from '../../shared/FormNotice'
import type { FormController } from '../../shared/useFormSubmit'
import type { BindingField } from './useRequestBinding'
import '../../shared/forms.scss'

/** 申请绑定党员身份: the name and phone the branch has on its roster. */
export function BindingForm({ form }: { form: FormController<BindingField> }) {
  const { errors, busy, submit, field } = form
  return (
    <Card title="申请绑定党员身份">
      <Text className="hl-form__intro">
        请填写您在社区党员花名册上登记的姓名和手机号。提交后由您所在支部的书记审核，审核通过后即可使用党员功能。
      </Text>
      <FormField label="姓名" placeholder="请输入姓名" {...field('name')} maxLength={20} />
      <FormField label="手机号" placeholder="请输入 11 位手机号" type="number" maxLength={PHONE_INPUT_MAX} {...field('phone')} />
      <SubmitBar problem={errors.general} busy={busy} label="提交申请" onSubmit={submit} actionsClass="hl-form__actions" />
    </Card>
  )
}
