import { defineDeployment } from '../_core/deploy-manifest'

/** 数据看板: reads the per-month summaries; the daily timer recomputes this month and the one before. */
export default defineDeployment({
  timeout: 60,
  timers: [{ name: 'refreshMonthStats', cron: '0 30 2 * * * *', description: '每天 02:30：重算本月和上月的每月统计（看板数字）' }],
})
