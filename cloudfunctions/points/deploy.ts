import { defineDeployment } from '../_core/deploy-manifest'

/** 道德银行: the daily timer refunds every order left uncollected for 30 days. */
export default defineDeployment({
  timeout: 60,
  env: {
    HONGLIN_STOCK_HOLD_TTL_MS: { description: '兑换预留库存的超时毫秒数（默认 60000，超时未成单的预留由对账退回）' },
  },
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timers: [{ name: 'expireOrders', cron: '0 0 3 * * * *', description: '每天 03:00：退回 30 天未领取的兑换订单' }],
})
