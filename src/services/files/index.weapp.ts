import Taro from '@tarojs/taro'
import type { PickSpreadsheet, SaveFile } from './types'

const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string } | null)?.errMsg ?? error))

function readBase64(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: () => reject(new Error('文件读取失败，请重新选择')),
    })
  })
}

/** WeChat cannot browse the phone's files: the file is chosen from a chat (文件传输助手 works well). */
export const pickSpreadsheet: PickSpreadsheet = async () => {
  let chosen: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
  } catch (error) {
    if (cancelled(error)) return null
    throw new Error('没有选到文件，请从聊天记录中选择 .xlsx 文件', { cause: error })
  }
  const file = chosen.tempFiles[0]
  if (!file) return null
  return { name: file.name, size: file.size, base64: await readBase64(file.path) }
}

export const saveFile: SaveFile = async ({ fileBase64, filename }) => {
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: fileBase64,
      encoding: 'base64',
      success: () => resolve(),
      fail: () => reject(new Error('文件保存失败，请检查手机存储空间')),
    })
  })
  try {
    // showMenu: the person can forward it to a chat or save it from the viewer's menu.
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
  } catch {
    throw new Error('文件已生成，但无法打开，请稍后再试')
  }
}
