import Taro from '@tarojs/taro'
import { loadMe } from '../members/meStore'

/** After a form that changed who the caller is (申请绑定, 初始化): `me` again, `toast`, then 首页. */
export async function reloadMeThenHome(toast: string) {
  await loadMe()
  void Taro.showToast({ title: toast, icon: 'success' })
  await Taro.switchTab({ url: '/pages/home/index' })
}
