import Taro from '@tarojs/taro'
import { downloadStoredFile } from '../transport'
import { pickAndUpload } from '../storage'
import type { PickSpreadsheet, SaveFile } from './types'

/** WeChat cannot browse the phone's files: the file is chosen from a chat (文件传输助手 works well) and uploaded. */
export const pickSpreadsheet: PickSpreadsheet = async () => {
  const [file] = await pickAndUpload('sheet', 1)
  return file ?? null
}

export const saveFile: SaveFile = async ({ fileId }) => {
  const filePath = await downloadStoredFile(fileId)
  try {
    // showMenu: the person can forward it to a chat or save it from the viewer's menu.
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
  } catch {
    throw new Error('文件已生成，但无法打开，请稍后再试')
  }
}
