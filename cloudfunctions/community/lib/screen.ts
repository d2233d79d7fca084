import { success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { screenPhotos, screenText } from '../../_core/content-security'

/**
 * The one place wish and ticket text and photos pass before others can see them: WeChat's content
 * security (`_core/content-security`: msgSecCheck for the text, refused as CONTENT.RISKY with nothing
 * written; mediaCheckAsync started for each new photo). Wishes and tickets are posts others read
 * (scene `forum`).
 */
export async function screenUserContent(
  caller: Caller,
  texts: ReadonlyArray<string | null | undefined>,
  photos: readonly string[] = [],
): Promise<Result<void>> {
  const text = await screenText(caller, texts, 'forum')
  if (!text.ok) return text
  return photos.length ? screenPhotos(caller, photos, 'forum') : success(undefined)
}
