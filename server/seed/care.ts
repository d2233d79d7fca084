import type { CareGrantDoc, CareNeedDoc, CareProfileDoc, CareTeamDoc, CareVisitDoc, ElderRecordFields } from '../../core/care/model'
import { DEMO_TEAM } from './activities'
import { scopeKeysOf } from '../../core/care/scope'
import type { GrantKind } from '../../core/care/constants'
import { beijingDayBefore } from '../../core/time'
import type { DatabaseService } from '../db'
import { DEMO_OPENIDS, type DemoCommunity } from './community'

/**
 * The demo community's small scopes (bound members with no other role): 崔子涵 网格员 of 琼林苑1–2栋,
 * 林学军 党小组长 of the demo elder's group, 韩明亮 党建联络员 of 第一党支部.
 */
export const CARE_DEMO_GRANTS: Record<
  'gridWorker' | 'groupLeader' | 'liaison',
  { memberId: string; kind: GrantKind; orgIds: string[]; buildings: string[] }
> = {
  gridWorker: { memberId: 'm-0008', kind: 'gridWorker', orgIds: [], buildings: ['琼林苑1栋', '琼林苑2栋'] },
  groupLeader: { memberId: 'm-0009', kind: 'groupLeader', orgIds: ['org-b1-g2'], buildings: [] },
  liaison: { memberId: 'm-0007', kind: 'liaison', orgIds: ['org-b1'], buildings: [] },
}

/**
 * Care records after the seeds: the small-scope grants, birthdays of some elders of 第一党支部 (this
 * month's 集体生日会 has names), one visit by the demo helper to the demo elder 40 days ago with an open
 * need, so 需求清单 and 未走访名单 are not empty on a fresh start; the demo volunteer team.
 */
export async function seedCare(db: DatabaseService, env: string, community: DemoCommunity, now = new Date()): Promise<void> {
  const member = (id: string) => community.members.find((m) => m._id === id)!
  const admin = community.users.find((u) => u._id === DEMO_OPENIDS.admin)!
  const grants: CareGrantDoc[] = Object.values(CARE_DEMO_GRANTS).map((grant) => ({
    _id: `${grant.kind}:${grant.memberId}`,
    ...grant,
    memberName: member(grant.memberId).name,
    openid: member(grant.memberId).openid!,
    active: true,
    grantedByOpenid: admin._id,
    updatedAt: now,
  }))
  const month = beijingDayBefore(now, 0).slice(5, 7)
  const elders = community.members.filter((m) => m.elder && !m.archived && m.orgPath.includes('org-b1'))
  const profiles: CareProfileDoc[] = elders.slice(0, 6).map((elder, index) => ({
    _id: elder._id,
    personKind: 'member',
    name: elder.name,
    building: elder.building,
    orgPath: elder.orgPath,
    scopeKeys: scopeKeysOf(elder.orgPath, elder.building),
    hardship: false,
    livesAlone: false,
    flagNote: null,
    birthday: index % 2 === 0 ? `${month}-${String(3 + index * 4).padStart(2, '0')}` : null,
    birthMonth: index % 2 === 0 ? Number(month) : null,
    lastVisitDate: null,
    updatedAt: now,
  }))
  const elder = member('m-elder')
  const helper = member('m-member')
  const date = beijingDayBefore(now, 40)
  const visitId = `visit-${helper._id}-seed-0001`
  const elderFields: ElderRecordFields = {
    elderId: elder._id,
    elderKind: 'member',
    elderName: elder.name,
    building: elder.building,
    orgPath: elder.orgPath,
    scopeKeys: scopeKeysOf(elder.orgPath, elder.building),
  }
  const visit: CareVisitDoc = {
    _id: visitId,
    ...elderFields,
    kind: 'home',
    homeVisitKind: null,
    date,
    deliveredNoticeIds: [],
    deliveredNoticeTitles: [],
    deliveredStudy: '《党章》学习材料',
    text: '李阿姨精神不错，希望支部多组织集体学习。',
    goods: null,
    money: null,
    companions: [],
    needIds: [`${visitId}-n1`],
    byId: helper._id,
    byName: helper.name,
    byOpenid: helper.openid!,
    createdAt: new Date(now.getTime() - 40 * 86_400_000),
  }
  const need: CareNeedDoc = {
    _id: `${visitId}-n1`,
    visitId,
    ...elderFields,
    text: '楼道灯坏了，晚上下楼看不清',
    tags: ['housing', 'daily'],
    status: 'open',
    linkedId: null,
    handledNote: null,
    handledByName: null,
    handledAt: null,
    recordedByName: helper.name,
    recordedById: helper._id,
    createdAt: visit.createdAt,
    updatedAt: visit.createdAt,
  }
  const elderProfile = profiles.find((p) => p._id === elder._id)
  if (elderProfile) elderProfile.lastVisitDate = date
  else
    profiles.push({
      ...profiles[0],
      _id: elder._id,
      name: elder.name,
      building: elder.building,
      birthday: null,
      birthMonth: null,
      lastVisitDate: date,
    })
  // 琼林苑志愿服务队 (seed 000's 志愿服务队), led by the demo member, with the demo resident among its
  // people; it runs the demo clean-ups (server/seed/activities.ts: one past with credited hours, one ahead).
  const residentsOfTeam = community.residents.filter((r) => r._id !== 'r-0001').slice(30, 33)
  const team: CareTeamDoc = {
    _id: DEMO_TEAM.id,
    name: DEMO_TEAM.name,
    kind: 'volunteer',
    leaderId: DEMO_TEAM.leaderId,
    leaderName: member(DEMO_TEAM.leaderId).name,
    leaderOpenid: member(DEMO_TEAM.leaderId).openid!,
    memberIds: [DEMO_TEAM.leaderId, 'r-0001', ...residentsOfTeam.map((r) => r._id)],
    active: true,
    updatedAt: now,
  }
  await db.bulkInsert(env, 'careTeams', [team] as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'careGrants', grants as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'careProfiles', profiles as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'careVisits', [visit] as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'careNeeds', [need] as unknown as Array<Record<string, unknown>>)
}
