import { defineDeployment } from '../_core/deploy-manifest'

/** 花名册: roster import/export (.xlsx through exceljs) needs time and memory. */
export default defineDeployment({
  timeout: 60,
  memory: 512,
  env: {
    HONGLIN_SETUP_CODE: { description: '首位社区党委管理员的一次性初始化码（至少 12 位，用过即作废）', secret: true },
  },
})
