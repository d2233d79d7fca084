/**
 * Error codes of the whole contract: `AREA.REASON`. Each code has the Chinese message a person sees
 * and the HTTP status the local host answers with. Expected failures are returned as values with one
 * of these codes; anything unexpected becomes COMMON.INTERNAL and never leaks detail.
 */
import { ACTIVITIES_ERRORS } from './activities/errors'
import { CARE_ERRORS } from './care/errors'
import { COMMUNITY_ERRORS } from './community/errors'
import { NOTICES_ERRORS } from './notices/errors'
import { POINTS_ERRORS } from './points/errors'
import { STATS_ERRORS } from './stats/errors'
import { STUDY_ERRORS } from './study/errors'
import { errorsByStatus } from './error-table'

const BASE_ERRORS = errorsByStatus({
  400: {
    'COMMON.VALIDATION': '提交的内容有误，请检查后再试',
    'MEMBER.NOT_ELDER': '只能与高龄或行动不便党员结对',
    'MEMBER.FILE_INVALID': '文件无法读取，请使用导入模板（.xlsx）',
    'MEMBER.FILE_TOO_LARGE': '文件太大（最多 2 MB）',
    'MEMBER.IMPORT_HAS_ERRORS': '文件中有错误行，请修改后重新导入，或选择只导入无误的行',
    'ORG.INVALID_PARENT': '上级组织不符合层级要求（社区党委 → 党总支 → 党支部 → 党小组）',
    'ORG.CYCLE': '不能把组织移到它自己的下级组织之下',
    'FILE.REJECTED': '文件无法上传，请检查类型和大小',
    'CONTENT.RISKY': '内容含有不适宜发布的信息，请修改后再提交',
    'BUILDING.UNKNOWN': '社区的楼栋列表中没有这个楼栋，请从列表中选择',
    'BUILDING.UNKNOWN_UNIT': '这个楼栋没有该单元，请从列表中选择',
    'ORG.NOT_A_BRANCH': '只能为党支部或党总支设置书记',
  },
  404: {
    'COMMON.UNKNOWN_ACTION': '不支持的操作',
    'COMMON.NOT_FOUND': '内容不存在或已删除',
    'MEMBER.NOT_ON_ROSTER': '花名册中没有姓名和手机号都一致的党员，请核对后再试或联系支部书记',
    'MEMBER.NO_RELATION_CHECK': '当前没有进行中的组织关系排查',
    'ORG.NOT_FOUND': '组织不存在',
  },
  401: {
    'COMMON.UNAUTHENTICATED': '请先登录',
  },
  403: {
    'COMMON.FORBIDDEN': '没有权限进行此操作',
    'MEMBER.NOT_A_MEMBER': '当前账号未绑定党员身份',
    'SETUP.NOT_ENABLED': '尚未设置初始化码，请联系部署本小程序的人员',
    'SETUP.WRONG_CODE': '初始化码不正确，请核对后再试',
  },
  409: {
    'COMMON.CONFLICT': '数据已被他人修改，请刷新后再试',
    'MEMBER.ALREADY_BOUND': '该党员已绑定微信账号',
    'MEMBER.BINDING_REVIEWED': '该申请已审核，请刷新查看结果',
    'MEMBER.PHONE_TAKEN': '该手机号已属于花名册中的其他党员',
    'MEMBER.NOT_BOUND': '该党员尚未绑定微信账号，无法授予角色',
    'MEMBER.ARCHIVED': '该党员已归档',
    'MEMBER.RECENT_CONTACT': '最近 6 个月内联系过该党员，不能标记为失联',
    'MEMBER.ADMIN_ROLE': '不能更改社区党委管理员的角色',
    'SETUP.USED': '初始化码已使用，社区党委管理员已设置；如需帮助请联系现任管理员',
    'ORG.NAME_TAKEN': '同一上级组织下已有同名组织',
  },
  500: {
    'COMMON.INTERNAL': '系统繁忙，请稍后再试',
  },
  503: {
    /** Retryable: the change kept meeting concurrent changes of the same data; nothing was written. */
    'COMMON.BUSY': '当前操作的人较多，请稍后再试',
    'CONTENT.CHECK_UNAVAILABLE': '内容安全检查暂时不可用，请稍后再提交',
  },
})

export const ERROR_CODES = {
  ...BASE_ERRORS,
  ...ACTIVITIES_ERRORS,
  ...POINTS_ERRORS,
  ...STATS_ERRORS,
  ...NOTICES_ERRORS,
  ...STUDY_ERRORS,
  ...COMMUNITY_ERRORS,
  ...CARE_ERRORS,
}

export type ErrorCode = keyof typeof ERROR_CODES

export interface AppError {
  code: ErrorCode
  message: string
  /** For COMMON.VALIDATION: the dotted path of the first offending field. */
  field?: string
  requestId?: string
}

export function appError(code: ErrorCode, message?: string, field?: string): AppError {
  const error: AppError = { code, message: message ?? ERROR_CODES[code].message }
  if (field !== undefined) error.field = field
  return error
}

export function httpStatusOf(code: string): number {
  return (ERROR_CODES as Record<string, { status: number }>)[code]?.status ?? 500
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ERROR_CODES
}
