import { MESSAGE_KINDS, MESSAGE_TEMPLATES } from '../../core/messages/templates'
import { defineDeployment } from '../_core/deploy-manifest'

/** 活动报名: attendance confirmation credits a whole activity at once; the hourly timer sends messages. */
export default defineDeployment({
  timeout: 60,
  env: Object.fromEntries(
    MESSAGE_KINDS.map((kind) => [
      MESSAGE_TEMPLATES[kind].envVar,
      { description: `订阅消息模板 id：${MESSAGE_TEMPLATES[kind].title}（小程序后台 › 订阅消息，关键词见 README）` },
    ]),
  ),
  openapi: ['subscribeMessage.send', 'security.msgSecCheck', 'security.mediaCheckAsync'],
  timers: [{ name: 'sendReminders', cron: '0 0 * * * * *', description: '每小时：开始前提醒、递补/变更/取消通知' }],
})
