/** Error codes of the `care` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const CARE_ERRORS = {
  'CARE.NO_MEMBER': { status: 403, message: '请先绑定党员身份' },
  'CARE.NOT_YOURS': { status: 403, message: '只能为结对的长辈或所负责楼栋的长辈记录走访' },
  'CARE.BAD_DATE': { status: 400, message: '走访日期须在今天或之前 60 天内' },
  'CARE.GIFT_EMPTY': { status: 400, message: '两节慰问请填写慰问品或慰问金' },
  'CARE.HOME_VISIT_KIND': { status: 400, message: '八个到家请选择是哪一项' },
  'CARE.HELPER_KIND': { status: 403, message: '红色家访、八个到家和两节慰问由支部记录' },
  'CARE.NOTICE_NOT_FOR_ELDER': { status: 400, message: '送达的通知不是发给这位长辈的，请重新选择' },
  'CARE.NEED_CLOSED': { status: 409, message: '这条需求已处理或已转办，请刷新查看' },
  'CARE.NOT_ELDER': { status: 400, message: '只能标记花名册中的党员或登记居民' },
  'CARE.GRANT_SCOPE': { status: 400, message: '授权范围不正确：党小组长选一个党小组，楼栋长/网格员选楼栋，党建联络员选党支部' },
  'CARE.NOT_BOUND': { status: 409, message: '该党员尚未绑定微信，暂不能授权' },
  'CARE.NO_BUILDING': { status: 400, message: '这位长辈没有登记楼栋，不能转为民生诉求，请先转为微心愿或交支部处理' },
} as const satisfies Record<string, { status: number; message: string }>
