import { errorsByStatus } from '../error-table'

/** Error codes of 议事协商 · 民主评议 · 共驻共建 (merged into COMMUNITY_ERRORS). */
export const GOVERN_ERRORS = errorsByStatus({
  403: {
    'TOPIC.NOT_IN_AUDIENCE': '这个议题不在您的范围内（楼栋、支部或社区）',
    'TOPIC.AUDIENCE_NOT_ALLOWED': '只能在自己管辖的支部或楼栋发起议题',
    'EVAL.NOT_ELIGIBLE': '您不在这次评议的评议人中（本支部党员、指定的居民代表和共建单位代表）',
    'EVAL.NOT_SUBJECT': '只有评议对象本人可以填写自评',
    'POST.NOT_EMPLOYED': '双报到面向在职党员',
  },
  400: {
    'TOPIC.BAD_DEADLINE': '截止时间须在 1 小时之后、60 天以内',
    'TOPIC.BAD_OPTION': '没有这个选项，请刷新后重新选择',
    'TOPIC.NO_BUILDING': '请先在登记信息中填写楼栋，才能在本楼栋提议',
    'EVAL.INCOMPLETE': '请为每一位评议对象选择等次',
    'EVAL.NO_SUBJECTS': '该组织下没有可评议的对象',
    'EVAL.BAD_CLOSE': '结束时间须在现在之后、60 天以内',
    'EVAL.BAD_RATER': '居民代表须是本支部楼栋已在小程序登记的居民（党员按本支部党员参评）',
    'EVAL.RATERS_REPORT_ONLY': '居民代表和共建单位只参加书记述职评议',
  },
  409: {
    'TOPIC.NOT_OPEN': '这个议题尚未开始投票',
    'TOPIC.VOTE_CLOSED': '投票已截止，不能再投票',
    'TOPIC.NOT_PROPOSED': '这个议题已开始投票或已结束，不需要再联名',
    'TOPIC.STILL_OPEN': '投票尚未截止，截止后才能公布结果',
    'TOPIC.ALREADY_DECIDED': '这个议题已公布结果',
    'TOPIC.COMMENT_HIDDEN': '这条评论已被隐藏',
    'EVAL.ALREADY_VOTED': '您已参加过这次评议，每人只能投一次',
    'EVAL.CLOSED': '评议已结束',
    'EVAL.NOT_CLOSED': '评议结束后才能查看结果',
    'POST.FULL': '这个岗位已认领满了，请选择其他岗位',
    'POST.NOT_REPORTED': '请先完成双报到，再认领岗位',
    'PARTNER.NO_REPRESENTATIVE': '这个共建单位还没有指定代表，请社区党委先在共驻共建管理中指定',
  },
  404: {
    'TOPIC.TICKET_NOT_FOUND': '找不到这条民生诉求，或不在您的管辖范围',
    'PARTNER.NOT_FOUND': '找不到这个共建单位',
    'PARTNER.NO_ACCOUNT': '没有找到用这个手机号登记的居民或党员，请代表先在小程序登记',
  },
})
