import { defineDeployment } from '../_core/deploy-manifest'

/** 微心愿 · 民生诉求: the daily timer lapses overdue claims and escalates overdue tickets. */
export default defineDeployment({
  timeout: 20,
  // Wish and ticket text and photos pass WeChat's content security (_core/content-security).
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timers: [
    { name: 'dailyClock', cron: '0 0 1 * * * *', description: '每天 1 点：过期未完成的心愿认领退回心愿墙，超期诉求提交社区党委督办' },
  ],
})
