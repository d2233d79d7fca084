import { errorsByStatus } from '../error-table'

/** Error codes of the `activities` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const ACTIVITIES_ERRORS = errorsByStatus({
  409: {
    'ACTIVITY.CLOSED': '不在报名时间内，无法报名',
    'ACTIVITY.STARTED': '活动已开始，无法再报名或修改',
    'ACTIVITY.CANCELLED': '活动已取消',
    'ACTIVITY.FULL': '名额已满，可加入候补',
    'ACTIVITY.NOT_SIGNED_UP': '您尚未报名此活动',
    'ACTIVITY.CANCEL_DEADLINE_PASSED': '已过取消截止时间，如需请假请联系组织者',
    'ACTIVITY.OUTSIDE_CHECKIN_WINDOW': '不在签到时间内（活动开始前 30 分钟至结束后 30 分钟）',
    'ACTIVITY.NOT_CHECKED_IN': '尚未签到，不能签退',
    'ACTIVITY.NOT_ENDED': '活动结束后才能确认出勤',
    'ACTIVITY.MINUTES_LOCKED': '会议纪要已签字确认，如需更正请点「更正」并写明原因',
    'ACTIVITY.NO_MINUTES': '请先保存会议纪要，再签字确认',
    'ACTIVITY.LEAVE_DECIDED': '请假已处理，如有变化请联系支部书记',
    'ACTIVITY.NO_LEAVE_REQUEST': '该党员没有请假申请',
    'ACTIVITY.NO_REGISTER_ORG': '会议须面向一个支部或党小组，才能生成应到名单',
    'ACTIVITY.NOT_CORRECTING': '会议纪要还没有签字确认，可以直接修改',
    'ACTIVITY.MEETING_NOT_ENDED': '会议结束后才能签字确认',
    'ACTIVITY.NOT_REMOTE': '这次会议没有设置远程参加',
    'ACTIVITY.REMOTE_CLOSED': '现在不能登记远程参加：会前 30 分钟起至会后 3 天内可以登记',
  },
  403: {
    'ACTIVITY.TEAM_LEADER_ONLY': '只有志愿服务队队长可以为本队发布和管理活动',
    'ACTIVITY.TEAM_AUDIENCE': '队长发布的本队活动面向全体居民',
    'ACTIVITY.REGISTER_FIRST': '登记为社区居民（党员请申请绑定）后就可以报名',
    'ACTIVITY.NOT_ELIGIBLE': '您不在本活动的参加范围内',
    'ACTIVITY.NOT_YOUR_ELDER': '只能为自己或结对的长辈报名',
    'ACTIVITY.AUDIENCE_NOT_ALLOWED': '只能为自己管辖范围内的支部或楼栋发布活动',
    'ACTIVITY.NOT_EXPECTED': '您不在本次会议的应到名单中',
  },
  400: {
    'ACTIVITY.CODE_INVALID': '签到码无效或已过期，请重新扫码',
    'ACTIVITY.NOT_A_MEETING': '只有三会一课和主题党日需要记录会议纪要',
    'ACTIVITY.INVALID_TIME': '时间设置有误：结束须晚于开始，报名截止和取消截止不能晚于开始',
    'ACTIVITY.NOT_ELDER': '只有长辈可以记为送学',
    'ACTIVITY.UNKNOWN_CO_ORGANIZER': '协办单位中有找不到的共建单位，请重新选择',
    'ACTIVITY.UNKNOWN_TEAM': '找不到这个队伍，或队伍已停止活动',
    'ACTIVITY.TEAM_KIND': '三会一课和主题党日由支部组织，队伍活动请选择志愿服务、睦邻活动等类型',
  },
})
