import Taro from '@tarojs/taro'
import { extensionOf, FILE_KINDS, fileProblem } from '@core/files'
import { downloadStoredFile, temporaryUrlOf, uploadToStorage } from '../transport'
import type { FileUrl, OpenDocument, PickAndUpload, PlayableUrl } from './types'

interface Chosen {
  path: string
  name: string
  size: number
}

function isCancel(error: unknown): boolean {
  return /cancel/i.test(String((error as { errMsg?: string } | null)?.errMsg ?? error))
}

async function choose(kind: keyof typeof FILE_KINDS, count: number): Promise<Chosen[]> {
  try {
    if (kind === 'image') {
      const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] })
      return res.tempFiles.map((file) => ({
        path: file.tempFilePath,
        name: file.tempFilePath.split('/').pop() ?? 'image.jpg',
        size: file.size,
      }))
    }
    const res = await Taro.chooseMessageFile({ count, type: 'file', extension: [...FILE_KINDS[kind].extensions] })
    return res.tempFiles.map((file) => ({ path: file.path, name: file.name, size: file.size }))
  } catch (error) {
    if (isCancel(error)) return []
    throw new Error('没有选到文件，请重试', { cause: error })
  }
}

export const pickAndUpload: PickAndUpload = async (kind, count) => {
  const files = (await choose(kind, count)).slice(0, count)
  for (const file of files) {
    const problem = fileProblem(kind, file.name, file.size)
    if (problem) throw new Error(problem)
  }
  const month = new Date().toISOString().slice(0, 7)
  const uploaded = []
  for (const file of files) {
    const random = Math.random().toString(36).slice(2, 10)
    const cloudPath = `uploads/${kind}/${month}/${Date.now()}-${random}.${extensionOf(file.name)}`
    uploaded.push({ fileId: await uploadToStorage(cloudPath, file.path), name: file.name, size: file.size })
  }
  return uploaded
}

/** WeChat's <Image> shows cloud:// file ids directly. */
export const fileUrl: FileUrl = (fileId) => fileId

export const playableUrl: PlayableUrl = (fileId) => temporaryUrlOf(fileId)

export const openDocument: OpenDocument = async (fileId) => {
  const filePath = await downloadStoredFile(fileId)
  await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true })
}
