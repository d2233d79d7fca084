import { defineDeployment } from '../_core/deploy-manifest'

/** 花名册: roster import/export (.xlsx through exceljs) needs time and memory. */
export default defineDeployment({
  timeout: 60,
  memory: 512,
  env: {
    HONGLIN_SETUP_CODE: { description: '首位社区党委管理员的一次性初始化码（至少 12 位，用过即作废）', secret: true },
  },
  openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
  timers: [{ name: 'removeExpiredFiles', cron: '0 30 3 * * * *', description: '每天 03:30：删除过期的导出表格和导入用的上传文件' }],
})
