import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { FileKind } from '@core/files'
import { fileUrl, pickAndUpload, type UploadedFile } from '../services/storage'

export interface Upload {
  uploading: boolean
  /**
   * Lets the person choose up to `count` files and uploads them. Answers [] when they closed the
   * picker or the upload failed (the failure is said in a toast): the form only ever gets file ids
   * that are stored, so a failed upload never leaves a half record.
   */
  pick: (count: number) => Promise<UploadedFile[]>
  /** A URL an <Image> can show for a stored file. */
  urlOf: (fileId: string) => string
}

/** Choosing and uploading files of one kind, for every picker (photos, PDFs, audio). */
export function useUpload(kind: FileKind): Upload {
  const [uploading, setUploading] = useState(false)
  const pick = useCallback(
    async (count: number) => {
      setUploading(true)
      try {
        return await pickAndUpload(kind, count)
      } catch (error) {
        void Taro.showToast({ title: error instanceof Error ? error.message : '上传失败，请重试', icon: 'none' })
        return []
      } finally {
        setUploading(false)
      }
    },
    [kind],
  )
  return { uploading, pick, urlOf: fileUrl }
}
