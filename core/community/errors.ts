import { GOVERN_ERRORS } from './govern-errors'
import { errorsByStatus } from '../error-table'

/** Error codes of the `community` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const COMMUNITY_ERRORS = {
  ...errorsByStatus({
    403: {
      'COMMUNITY.NO_PERSON': '请先登记为居民或绑定党员身份',
      'COMMUNITY.NOT_YOUR_ELDER': '只能为自己或结对的长辈发布',
      'WISH.NOT_CLAIMANT': '只有认领人可以提交完成情况',
      'WISH.NOT_WISHER': '只有许愿人（或其结对党员）可以确认',
      'TICKET.NOT_PATROL': '只有巡查队员可以上报巡查发现的安全隐患',
      'TICKET.NOT_REPORTER': '只有反映人可以评价或申请重新办理',
    },
    400: {
      'WISH.BAD_DATE': '期望完成日期须在今天之后 90 天以内',
    },
    409: {
      'WISH.ALREADY_REVIEWED': '该心愿已审核，请刷新查看',
      'WISH.NOT_OPEN': '该心愿已被认领或已完成，请看看其他心愿',
      'WISH.OWN_WISH': '不能认领自己（或结对长辈）的心愿',
      'WISH.WRONG_STATE': '心愿当前状态不能进行此操作，请刷新查看',
      'TICKET.WRONG_STATE': '诉求当前状态不能进行此操作，请刷新查看',
      'TICKET.REOPEN_EXPIRED': '办结已超过 7 天，不能再申请重新办理，请重新提交诉求',
    },
    404: {
      'TICKET.HANDLER_NOT_FOUND': '找不到这位承办人，请重新选择',
    },
  }),
  ...GOVERN_ERRORS,
}
