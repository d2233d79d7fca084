import { defineDeployment } from '../_core/deploy-manifest'

/** 道德银行: the daily timer refunds every order left uncollected for 30 days. */
export default defineDeployment({
  timeout: 60,
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timers: [{ name: 'expireOrders', cron: '0 0 3 * * * *', description: '每天 03:00：退回 30 天未领取的兑换订单' }],
})
