import { pickAndUpload } from '../storage'
import type { PickSpreadsheet, SaveFile } from './types'

/** The file input of the storage service, uploaded to the local cloud's file store (kind sheet). */
export const pickSpreadsheet: PickSpreadsheet = async () => {
  const [file] = await pickAndUpload('sheet', 1)
  return file ?? null
}

/** The temporary URL, downloaded under the file's name. */
export const saveFile: SaveFile = async ({ url, filename }) => {
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
}
