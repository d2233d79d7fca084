/** A spreadsheet the person picked, read as base64 for the call (files travel inside the call). */
export interface PickedFile {
  name: string
  size: number
  base64: string
}

/** A file the server produced (template, export). */
export interface SavableFile {
  fileBase64: string
  filename: string
  contentType: string
}

/** Resolves null when the person closes the picker without choosing; rejects with a Chinese message. */
export type PickSpreadsheet = () => Promise<PickedFile | null>
/** Hands the file to the person: a browser download (H5) or the document viewer with 转发/保存 (weapp). */
export type SaveFile = (file: SavableFile) => Promise<void>
