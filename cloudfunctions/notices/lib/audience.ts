import type { Audience } from '../../../core/notices/audience'
import type { NoticeDoc } from '../../../core/notices/model'
import { failure, type Result } from '../../../core/result'
import { resolveAudience, type ResolvedAudience } from '../../_core/audience'
import { managesOrgPath, type Caller } from '../../_core/caller'

/** Whom a notice may be for: everyone and all members only by the admin; else inside the caller's subtree. */
export function noticeAudience(caller: Caller, audience: Audience): Promise<Result<ResolvedAudience>> {
  return resolveAudience(caller, audience, {
    notAllowed: 'NOTICE.AUDIENCE_NOT_ALLOWED',
    unknownBuilding: failure('NOTICE.UNKNOWN_BUILDING', undefined, 'fields.audience.building'),
  })
}

/** The admin manages every notice; a secretary those whose audience lies inside their subtree. */
export function canManageNotice(caller: Caller, notice: Pick<NoticeDoc, 'scopePath'>): boolean {
  return managesOrgPath(caller, notice.scopePath)
}
