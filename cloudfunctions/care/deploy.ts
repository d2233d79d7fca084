import { defineDeployment } from '../_core/deploy-manifest'

/** 关爱网络: visit notes and needs pass WeChat's content security (_core/content-security). */
export default defineDeployment({
  timeout: 10,
  openapi: ['security.msgSecCheck'],
  timers: [],
})
