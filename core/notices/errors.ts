import { errorsByStatus } from '../error-table'

/** Error codes of the `notices` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const NOTICES_ERRORS = errorsByStatus({
  403: {
    'NOTICE.AUDIENCE_NOT_ALLOWED': '支部书记只能把通知发给本支部或所辖楼栋',
  },
  400: {
    'NOTICE.UNKNOWN_BUILDING': '没有这个楼栋，请从列表中选择',
    'NOTICE.EXPIRY_PAST': '有效期须晚于现在',
  },
  409: {
    'NOTICE.WITHDRAWN': '该通知已撤回，不能再修改',
    'NOTICE.DRAFT_TAKEN': '该草稿编号已被使用，请刷新后重新填写',
  },
})
