import { FILE_KINDS, fileProblem, localFileName } from '@core/files'
import { readDevToken } from '../transport/devToken'
import type { FileUrl, OpenDocument, PickAndUpload, PlayableUrl } from './types'

const API_BASE = process.env.TARO_APP_API_BASE || ''

/** A hidden <input type=file>, added for one pick and removed after. */
function chooseFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = multiple
    input.style.display = 'none'
    input.setAttribute('data-testid', 'upload-input')
    document.body.appendChild(input)
    input.addEventListener('cancel', () => {
      input.remove()
      resolve([])
    })
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? [])
      input.remove()
      resolve(files)
    })
    input.click()
  })
}

async function upload(kind: string, file: File): Promise<string> {
  const token = readDevToken()
  let response: Response
  try {
    response = await fetch(`${API_BASE}/api/files?kind=${kind}&name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      body: file,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  } catch {
    throw new Error('网络不太好，上传失败，请重试')
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; data?: { fileId: string }; error?: { message?: string } } | null
  if (!body?.ok || !body.data) throw new Error(body?.error?.message ?? '上传失败，请重试')
  return body.data.fileId
}

export const pickAndUpload: PickAndUpload = async (kind, count) => {
  const accept = FILE_KINDS[kind].extensions.map((ext) => `.${ext}`).join(',')
  const files = (await chooseFiles(accept, count > 1)).slice(0, count)
  for (const file of files) {
    const problem = fileProblem(kind, file.name, file.size)
    if (problem) throw new Error(problem)
  }
  const uploaded = []
  for (const file of files) uploaded.push({ fileId: await upload(kind, file), name: file.name, size: file.size })
  return uploaded
}

export const fileUrl: FileUrl = (fileId) => {
  const name = localFileName(fileId)
  return name ? `${API_BASE}/api/files/${name}` : ''
}

export const playableUrl: PlayableUrl = async (fileId) => fileUrl(fileId)

export const openDocument: OpenDocument = async (fileId) => {
  const url = fileUrl(fileId)
  if (!url) throw new Error('文件无法打开')
  window.open(url, '_blank', 'noopener')
}
