import { membersActions } from '../../core/contract/members'
import { createFunction } from '../_core/create-function'
import { removeExpiredFiles } from '../_core/storage'
import { archive } from './handlers/archive'
import { auditLog } from './handlers/audit-log'
import { bindingRequests } from './handlers/binding-requests'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { me } from './handlers/me'
import { myElders } from './handlers/my-elders'
import { setRankingOptOut, updateMyContact } from './handlers/my-profile'
import { orgHistory } from './handlers/org-history'
import { orgTree } from './handlers/org-tree'
import { removePairing, setPairing } from './handlers/pairing'
import { register } from './handlers/register'
import { confirmRelation, markLostContact, relationCheckStatus, startRelationCheck } from './handlers/relation-check'
import { requestBinding } from './handlers/request-binding'
import { reviewBinding } from './handlers/review-binding'
import { exportRoster, importRoster, rosterTemplate } from './handlers/roster-files'
import { setRole } from './handlers/set-role'
import { setupFirstAdmin } from './handlers/setup-first-admin'
import { upsert } from './handlers/upsert'
import { upsertOrg } from './handlers/upsert-org'

/** 花名册 · 组织 · 身份绑定: identity, binding, roster, org tree, import/export, relation checks, pairing. */
export const main = createFunction(
  membersActions,
  {
    me,
    register,
    requestBinding,
    bindingRequests,
    reviewBinding,
    list,
    get,
    upsert,
    archive,
    updateMyContact,
    setRankingOptOut,
    orgTree,
    upsertOrg,
    orgHistory,
    setRole,
    rosterTemplate,
    importRoster,
    exportRoster,
    startRelationCheck,
    confirmRelation,
    relationCheckStatus,
    markLostContact,
    setPairing,
    removePairing,
    myElders,
    auditLog,
    setupFirstAdmin,
  },
  { onTimer: async () => ({ removed: await removeExpiredFiles() }) },
)
