import Taro from '@tarojs/taro'
import './confirmDialog.scss'

/** Asks before anything destructive (归档, 调整支部, 撤销书记…). Resolves true only on 确定. */
export async function confirmAction(title: string, content: string, confirmText = '确定', cancelText = '取消'): Promise<boolean> {
  try {
    const result = await Taro.showModal({ title, content, confirmText, cancelText, confirmColor: '#C8161D' })
    return Boolean(result.confirm)
  } catch {
    return false
  }
}

/** A problem the person must read (not a toast that vanishes): one button, 知道了. */
export async function tellProblem(title: string, content: string): Promise<void> {
  try {
    await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了', confirmColor: '#C8161D' })
  } catch {
    // Nothing to do: the modal could not be shown.
  }
}

export function toastDone(title: string) {
  void Taro.showToast({ title, icon: 'success', duration: 1800 })
}
