import Taro from '@tarojs/taro'
import './confirmDialog.scss'

/** Asks before an action that cannot be undone; resolves true only on an explicit 确定. */
export async function confirmAction(title: string, content: string, confirmText: string): Promise<boolean> {
  try {
    const result = await Taro.showModal({ title, content, confirmText, cancelText: '再想想', confirmColor: '#C8161D' })
    return Boolean(result.confirm)
  } catch {
    return false
  }
}
