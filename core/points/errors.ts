import { errorsByStatus } from '../error-table'

/** Error codes of the `points` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const POINTS_ERRORS = errorsByStatus({
  409: {
    'POINTS.INSUFFICIENT': '积分余额不足',
    'POINTS.OUT_OF_STOCK': '该物品库存不足',
    'POINTS.MONTHLY_LIMIT': '本月兑换数量已达上限',
    'POINTS.REWARD_UNAVAILABLE': '该物品已下架',
    'POINTS.CATEGORY_UNAVAILABLE': '该类别已停用，请重新选择',
    'POINTS.ALREADY_REVIEWED': '该申报已审核，请刷新查看结果',
    'POINTS.ORDER_CLOSED': '该订单已领取、取消或过期',
    'POINTS.ADJUSTMENT_REVIEWED': '该调整已处理，请刷新查看结果',
  },
  403: {
    'POINTS.NO_ACCOUNT': '请先登记为居民或绑定党员身份，才能使用道德银行',
    'POINTS.NOT_YOUR_ELDER': '只能为自己或结对的长辈申报',
    'POINTS.SAME_ADMIN': '须由另一位管理员审批此调整',
    'POINTS.NOT_PROPOSER': '只有提出这笔调整的管理员可以撤回',
    'POINTS.SECOND_APPROVER': '本社区有两位以上管理员，超过阈值的积分调整由另一位管理员批准',
  },
  404: {
    'POINTS.CODE_NOT_FOUND': '取货码不存在，请核对后再试',
    'POINTS.PERSON_NOT_FOUND': '找不到该居民或党员',
  },
})
