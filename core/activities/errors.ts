/** Error codes of the `activities` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const ACTIVITIES_ERRORS = {
  'ACTIVITY.CLOSED': { status: 409, message: '不在报名时间内，无法报名' },
  'ACTIVITY.STARTED': { status: 409, message: '活动已开始，无法再报名或修改' },
  'ACTIVITY.CANCELLED': { status: 409, message: '活动已取消' },
  'ACTIVITY.REGISTER_FIRST': { status: 403, message: '登记为社区居民（党员请申请绑定）后就可以报名' },
  'ACTIVITY.NOT_ELIGIBLE': { status: 403, message: '您不在本活动的参加范围内' },
  'ACTIVITY.FULL': { status: 409, message: '名额已满，可加入候补' },
  'ACTIVITY.NOT_SIGNED_UP': { status: 409, message: '您尚未报名此活动' },
  'ACTIVITY.CANCEL_DEADLINE_PASSED': { status: 409, message: '已过取消截止时间，如需请假请联系组织者' },
  'ACTIVITY.NOT_YOUR_ELDER': { status: 403, message: '只能为自己或结对的长辈报名' },
  'ACTIVITY.CODE_INVALID': { status: 400, message: '签到码无效或已过期，请重新扫码' },
  'ACTIVITY.OUTSIDE_CHECKIN_WINDOW': { status: 409, message: '不在签到时间内（活动开始前 30 分钟至结束后 30 分钟）' },
  'ACTIVITY.NOT_CHECKED_IN': { status: 409, message: '尚未签到，不能签退' },
  'ACTIVITY.NOT_ENDED': { status: 409, message: '活动结束后才能确认出勤' },
  'ACTIVITY.NOT_A_MEETING': { status: 400, message: '只有三会一课和主题党日需要记录会议纪要' },
  'ACTIVITY.AUDIENCE_NOT_ALLOWED': { status: 403, message: '只能为自己管辖范围内的支部或楼栋发布活动' },
  'ACTIVITY.INVALID_TIME': { status: 400, message: '时间设置有误：结束须晚于开始，报名截止和取消截止不能晚于开始' },
} as const satisfies Record<string, { status: number; message: string }>
