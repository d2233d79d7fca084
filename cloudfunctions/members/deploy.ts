import { defineDeployment } from '../_core/deploy-manifest'

/** 花名册: roster import/export (.xlsx through exceljs) needs time and memory. */
export default defineDeployment({
  timeout: 60,
  memory: 512,
})
