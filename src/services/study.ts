import type { RequestOf } from '@core/contract'
import { call } from './call'

/** 学习 · 结对送学 (function `study`): one typed call per action. */

export const fetchMaterials = (data: RequestOf<'study', 'materials'>) => call('study', 'materials', data)
export const fetchMaterial = (materialId: string) => call('study', 'material', { materialId })
export const upsertMaterial = (data: RequestOf<'study', 'upsertMaterial'>) => call('study', 'upsertMaterial', data)
export const assignMaterial = (data: RequestOf<'study', 'assign'>) => call('study', 'assign', data)
export const fetchAssignments = (materialId: string) => call('study', 'assignments', { materialId })
export const recordStudy = (data: RequestOf<'study', 'recordStudy'>) => call('study', 'recordStudy', data)
export const fetchMyStudy = (year?: number) => call('study', 'myStudy', year ? { year } : {})
export const fetchPairedStudy = () => call('study', 'pairedStudy', {})
export const recordDelivery = (data: RequestOf<'study', 'recordDelivery'>) => call('study', 'recordDelivery', data)
export const fetchDeliveries = (month?: string) => call('study', 'deliveries', month ? { month } : {})
export const fetchStudyFigures = (data: RequestOf<'study', 'studyFigures'>) => call('study', 'studyFigures', data)
export const fetchAssignedMaterials = (orgId?: string) => call('study', 'assignedMaterials', orgId ? { orgId } : {})
export const fetchMaterialStudyStats = (data: RequestOf<'study', 'materialStudyStats'>) => call('study', 'materialStudyStats', data)
