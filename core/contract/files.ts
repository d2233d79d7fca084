import { z } from 'zod'
import { CLOUD_FILE_ID, LOCAL_FILE_ID } from '../files'

/** A stored file's id, as records keep it. */
export const fileIdSchema = z
  .string()
  .max(300)
  .regex(new RegExp(`${LOCAL_FILE_ID.source}|${CLOUD_FILE_ID.source}`), { message: '文件标识不正确，请重新上传' })

/** Up to `max` file ids (photos of a good deed, attachments of a notice). */
export const fileIdsSchema = (max: number) => z.array(fileIdSchema).max(max, { message: `最多 ${max} 个文件` })
