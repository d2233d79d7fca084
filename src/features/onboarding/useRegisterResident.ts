import Taro from '@tarojs/taro'
import { registerResident } from '../../services/members'
import { loadMe } from '../members/meStore'
import { useFormSubmit } from '../../shared/useFormSubmit'

export const REGISTER_FIELDS = ['name', 'phone', 'building', 'unit'] as const
export type RegisterField = (typeof REGISTER_FIELDS)[number]

/** 登记为居民: the form's state; on success the shared `me` is reloaded and 首页 shows 居民. */
export function useRegisterResident() {
  return useFormSubmit<RegisterField, unknown>({
    initial: { name: '', phone: '', building: '', unit: '' },
    required: { name: '请填写您的姓名', phone: '请填写手机号', building: '请选择楼栋' },
    send: (values) => registerResident(values),
    onSuccess: async () => {
      await loadMe()
      // On 首页, after the switch: a toast shown before it vanished with the register page.
      await Taro.switchTab({ url: '/pages/home/index' })
      void Taro.showToast({ title: '登记成功', icon: 'success', duration: 2500 })
    },
  })
}
