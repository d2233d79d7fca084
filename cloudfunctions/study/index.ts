import { studyActions } from '../../core/contract/study'
import { createFunction } from '../_core/create-function'
import { assign, assignments } from './handlers/assign'
import { deliveries, pairedStudy, recordDelivery } from './handlers/delivery'
import { studyFigures } from './handlers/figures'
import { assignedMaterials, materialStudyStats } from './handlers/material-stats'
import { material, materials, upsertMaterial } from './handlers/materials'
import { myStudy, recordStudy } from './handlers/record'

/** 学习资料 · 学习记录 · 结对送学. */
export const main = createFunction(studyActions, {
  materials,
  material,
  upsertMaterial,
  assign,
  assignments,
  recordStudy,
  myStudy,
  pairedStudy,
  recordDelivery,
  deliveries,
  studyFigures,
  assignedMaterials,
  materialStudyStats,
})
