/** Error codes of the `points` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const POINTS_ERRORS = {
  'POINTS.INSUFFICIENT': { status: 409, message: '积分余额不足' },
  'POINTS.NO_ACCOUNT': { status: 403, message: '请先登记为居民或绑定党员身份，才能使用道德银行' },
  'POINTS.OUT_OF_STOCK': { status: 409, message: '该物品库存不足' },
  'POINTS.MONTHLY_LIMIT': { status: 409, message: '本月兑换数量已达上限' },
  'POINTS.REWARD_UNAVAILABLE': { status: 409, message: '该物品已下架' },
  'POINTS.CATEGORY_UNAVAILABLE': { status: 409, message: '该类别已停用，请重新选择' },
  'POINTS.ALREADY_REVIEWED': { status: 409, message: '该申报已审核，请刷新查看结果' },
  'POINTS.ORDER_CLOSED': { status: 409, message: '该订单已领取、取消或过期' },
  'POINTS.CODE_NOT_FOUND': { status: 404, message: '取货码不存在，请核对后再试' },
  'POINTS.NOT_YOUR_ELDER': { status: 403, message: '只能为自己或结对的长辈申报' },
  'POINTS.SAME_ADMIN': { status: 403, message: '须由另一位管理员审批此调整' },
  'POINTS.NOT_PROPOSER': { status: 403, message: '只有提出这笔调整的管理员可以撤回' },
  'POINTS.SECOND_APPROVER': {
    status: 403,
    message: '本社区有两位以上管理员，超过阈值的积分调整由另一位管理员批准',
  },
  'POINTS.ADJUSTMENT_REVIEWED': { status: 409, message: '该调整已处理，请刷新查看结果' },
  'POINTS.PERSON_NOT_FOUND': { status: 404, message: '找不到该居民或党员' },
} as const satisfies Record<string, { status: number; message: string }>
