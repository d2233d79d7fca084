import { defineDeployment } from '../_core/deploy-manifest'

/** 学习: single-person reads and writes; deliveries per branch and month. */
export default defineDeployment({ timeout: 20, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'] })
