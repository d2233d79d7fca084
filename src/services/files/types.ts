/** A spreadsheet the person picked, already uploaded to storage (its id goes into the call). */
export interface PickedFile {
  name: string
  size: number
  fileId: string
}

/** A file the server wrote to storage (template, export), with a temporary download URL. */
export interface SavableFile {
  fileId: string
  url: string
  filename: string
  contentType: string
}

/** Resolves null when the person closes the picker without choosing; rejects with a Chinese message. */
export type PickSpreadsheet = () => Promise<PickedFile | null>
/** Hands the file to the person: a browser download (H5) or the document viewer with 转发/保存 (weapp). */
export type SaveFile = (file: SavableFile) => Promise<void>
