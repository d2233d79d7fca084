import { errorsByStatus } from '../error-table'

/** Error codes of the `care` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const CARE_ERRORS = errorsByStatus({
  403: {
    'CARE.NO_MEMBER': '请先绑定党员身份',
    'CARE.NOT_YOURS': '只能为结对的长辈或所负责楼栋的长辈记录走访',
    'CARE.HELPER_KIND': '红色家访、八个到家和两节慰问由支部记录',
    'PAIRING.NOT_YOUR_ELDER': '只能为自己或结对帮扶的长辈办理',
  },
  400: {
    'CARE.BAD_DATE': '走访日期须在今天或之前 60 天内',
    'CARE.GIFT_EMPTY': '两节慰问请填写慰问品或慰问金',
    'CARE.HOME_VISIT_KIND': '八个到家请选择是哪一项',
    'CARE.NOTICE_NOT_FOR_ELDER': '送达的通知不是发给这位长辈的，请重新选择',
    'CARE.NOT_ELDER': '只能标记花名册中的党员或登记居民',
    'CARE.GRANT_SCOPE': '授权范围不正确：党小组长选一个党小组，楼栋长/网格员选楼栋，党建联络员选党支部',
    'CARE.NO_BUILDING': '这位长辈没有登记楼栋，不能转为民生诉求，请先转为微心愿或交支部处理',
    'TEAM.LEADER_NOT_BOUND': '队长须为已绑定微信的党员',
    'TEAM.UNKNOWN_PEOPLE': '队员中有找不到的人，请重新选择',
  },
  409: {
    'CARE.NEED_CLOSED': '这条需求已处理或已转办，请刷新查看',
    'CARE.NOT_BOUND': '该党员尚未绑定微信，暂不能授权',
  },
})
