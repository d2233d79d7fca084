import { defineDeployment } from '../_core/deploy-manifest'

/** 通知: read statistics page through up to the whole community's members. */
export default defineDeployment({ timeout: 20, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'] })
