import { defineDeployment } from '../_core/deploy-manifest'

/** 活动报名: attendance confirmation credits a whole activity at once; the hourly timer sends messages. */
export default defineDeployment({
  timeout: 60,
  env: {
    HONGLIN_ACTIVITY_TEMPLATE_ID: { description: '活动提醒订阅消息模板 id（小程序后台 › 订阅消息）' },
  },
  openapi: ['subscribeMessage.send'],
  timers: [{ name: 'sendReminders', cron: '0 0 * * * * *', description: '每小时：开始前提醒、递补/变更/取消通知' }],
})
