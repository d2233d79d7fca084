import { requestBinding } from '../../services/members'
import { reloadMeThenHome } from '../onboarding/backHome'
import { useFormSubmit } from '../../shared/useFormSubmit'

export type BindingField = 'name' | 'phone'

/** 我是党员，申请绑定: name + phone as on the roster; on success 首页 shows the request as 待审核. */
export function useRequestBinding() {
  return useFormSubmit<BindingField, unknown>({
    initial: { name: '', phone: '' },
    required: { name: '请填写花名册上的姓名', phone: '请填写花名册上登记的手机号' },
    send: (values) => requestBinding(values),
    onSuccess: () => reloadMeThenHome('申请已提交'),
  })
}
