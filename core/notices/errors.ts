/** Error codes of the `notices` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const NOTICES_ERRORS = {
  'NOTICE.AUDIENCE_NOT_ALLOWED': { status: 403, message: '支部书记只能把通知发给本支部或所辖楼栋' },
  'NOTICE.UNKNOWN_BUILDING': { status: 400, message: '没有这个楼栋，请从列表中选择' },
  'NOTICE.EXPIRY_PAST': { status: 400, message: '有效期须晚于现在' },
  'NOTICE.WITHDRAWN': { status: 409, message: '该通知已撤回，不能再修改' },
  'NOTICE.DRAFT_TAKEN': { status: 409, message: '该草稿编号已被使用，请刷新后重新填写' },
} as const satisfies Record<string, { status: number; message: string }>
