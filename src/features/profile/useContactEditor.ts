import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MeResponse } from '@core/contract'
import { updateMyContact } from '../../services/members'
import { loadMe } from '../members/meStore'
import { useFormSubmit, type FormValues } from '../../shared/useFormSubmit'

export type ContactField = 'phone' | 'building' | 'unit'

/**
 * 修改联系方式. The phone is only ever shown masked, so its box starts empty and an empty box means
 * 「不修改」; building and unit start from what is on record.
 */
export function useContactEditor(me: MeResponse) {
  const [open, setOpen] = useState(false)
  const startValues = (): FormValues<ContactField> => ({ phone: '', building: me.person?.building ?? '', unit: me.person?.unit ?? '' })
  const form = useFormSubmit<ContactField, MeResponse>({
    initial: startValues(),
    required: {},
    send: ({ phone, building, unit }) => updateMyContact(phone ? { phone, building, unit } : { building, unit }),
    onSuccess: async () => {
      await loadMe()
      setOpen(false)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    },
  })
  return {
    form,
    open,
    start: () => {
      form.reset(startValues())
      setOpen(true)
    },
    cancel: () => setOpen(false),
  }
}
