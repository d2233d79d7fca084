import Taro from '@tarojs/taro'
import type { Reply } from '@core/envelope'
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

/**
 * Says how a write went: a toast on success (`done`, or words made from its answer), the reason in a
 * dialog titled `failedTitle` otherwise. Answers whether it went through.
 */
export async function announce<T>(outcome: Reply<T>, done: string | ((data: T) => string), failedTitle: string): Promise<boolean> {
  if (outcome.ok) toastDone(typeof done === 'string' ? done : done(outcome.data))
  else await tellProblem(failedTitle, outcome.error.message)
  return outcome.ok
}

/**
 * After 保存 in an editor that sends the version it read: a stale version (COMMON.CONFLICT, someone
 * else saved first) offers to load theirs, dropping what was typed; any other refusal is told with
 * `failedTitle`. Answers what the save answered, or null when it did not go through (the caller says
 * 已保存 in its own words).
 */
export async function settleSave<T>(
  outcome: Reply<T>,
  conflict: { title: string; content?: string; reload: () => Promise<unknown> },
  failedTitle: string,
): Promise<T | null> {
  if (outcome.ok) return outcome.data
  if (outcome.error.code === 'COMMON.CONFLICT') {
    const content = conflict.content ?? '重新加载后再修改，您刚才填写的内容不会保存。'
    if (await confirmAction(conflict.title, content, '重新加载')) await conflict.reload()
    return null
  }
  await tellProblem(failedTitle, outcome.error.message)
  return null
}
