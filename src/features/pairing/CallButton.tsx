import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'

/** 拨打电话 in a mini-program: the platform's own dialler (the H5 build uses a tel: link instead). */
export function CallButton({ phone, name }: { phone: string; name: string }) {
  return (
    <BigButton
      kind="secondary"
      block
      onClick={() => {
        Taro.makePhoneCall({ phoneNumber: phone }).catch(() => {
          // Cancelled by the person, or no dialler: say the number so it can be dialled by hand.
          void Taro.showToast({ title: `${name}的电话：${phone}`, icon: 'none' })
        })
      }}
    >
      拨打电话
    </BigButton>
  )
}
