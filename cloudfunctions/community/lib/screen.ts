import { failure, success, type Result } from '../../../core/result'

/**
 * The one place wish and ticket text passes before others can see it. WeChat's content-security
 * check (msgSecCheck / mediaCheckAsync, issue 15's `_core/content-security.ts`) plugs in here when it
 * lands; until then a local stand-in refuses text with the obvious markers of spam and fraud.
 */
const LOCAL_BLOCKLIST = ['代开发票', '网络赌博', '裸聊', '高利贷', '刷单返利']

export async function screenUserText(...texts: string[]): Promise<Result<void>> {
  const joined = texts.join('\n')
  if (LOCAL_BLOCKLIST.some((word) => joined.includes(word))) return failure('COMMUNITY.TEXT_REJECTED')
  return success(undefined)
}
