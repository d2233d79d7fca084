import type { PickSpreadsheet, SaveFile } from './types'

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result ?? '')
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(new Error('文件读取失败，请重新选择'))
    reader.readAsDataURL(file)
  })
}

/** A hidden <input type=file>, added for one pick and removed after. */
export const pickSpreadsheet: PickSpreadsheet = () =>
  new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = XLSX_ACCEPT
    input.style.display = 'none'
    input.setAttribute('data-testid', 'spreadsheet-input')
    document.body.appendChild(input)
    const done = () => input.remove()
    input.addEventListener('cancel', () => {
      done()
      resolve(null)
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      done()
      if (!file) return resolve(null)
      readAsBase64(file).then((base64) => resolve({ name: file.name, size: file.size, base64 }), reject)
    })
    input.click()
  })

export const saveFile: SaveFile = async ({ fileBase64, filename, contentType }) => {
  const bytes = Uint8Array.from(atob(fileBase64), (char) => char.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
