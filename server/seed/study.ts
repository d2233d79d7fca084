import { parseBody } from '../../core/notices/rich-text'
import type { StudyAssignmentDoc, StudyMaterialDoc } from '../../core/study/model'
import type { StudyTopic } from '../../core/study/rules'
import { beijingDay } from '../../core/time'
import type { DatabaseService } from '../db'
import { DEMO_OPENIDS, type DemoCommunity } from './community'

interface SeedMaterial {
  id: string
  title: string
  topic: StudyTopic
  summary: string
  body: string
  durationMinutes: number
  daysAgo: number
}

/**
 * Articles only: audio and PDF materials need a stored file, which the admin uploads on 学习资料管理.
 * 第一党支部 has two of them assigned (due in three weeks), so the demo elder and her helper have
 * something to study and deliver.
 */
const MATERIALS: SeedMaterial[] = [
  {
    id: 'sm-seed-charter',
    title: '党章第一章：党员的义务和权利',
    topic: '党章党规',
    summary: '逐条学习党员的八项义务和八项权利',
    body: '**党员必须履行下列义务：**\n认真学习马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想。\n贯彻执行党的基本路线和各项方针、政策，带头参加改革开放和社会主义现代化建设。\n坚持党和人民的利益高于一切，个人利益服从党和人民的利益，吃苦在前，享受在后，克己奉公，多做贡献。\n**党员享有下列权利：**\n参加党的有关会议，阅读党的有关文件，接受党的教育和培训。',
    durationMinutes: 20,
    daysAgo: 10,
  },
  {
    id: 'sm-seed-congress',
    title: '二十大报告学习要点：以人民为中心',
    topic: '二十大精神',
    summary: '增进民生福祉，提高人民生活品质',
    body: '党的二十大报告指出：**江山就是人民，人民就是江山。**\n我们要实现好、维护好、发展好最广大人民根本利益，紧紧抓住人民最关心最直接最现实的利益问题。\n社区党组织要把党的声音传播到家，让高龄、行动不便的老党员也能按时学习。',
    durationMinutes: 30,
    daysAgo: 6,
  },
  {
    id: 'sm-seed-model',
    title: '身边榜样：八十岁老党员的“楼栋议事会”',
    topic: '身边榜样',
    summary: '琼林苑老党员带领邻居解决加装电梯难题',
    body: '琼林苑3栋的老党员周阿姨今年八十岁，入党五十多年。\n去年楼里商量加装电梯，意见不一，她挨家挨户上门，组织了六次**楼栋议事会**，最终全票通过。\n她说：“党员就是要在群众中间，大家的事大家商量着办。”',
    durationMinutes: 10,
    daysAgo: 2,
  },
]

const ASSIGNED_TO_BRANCH = ['sm-seed-charter', 'sm-seed-congress']
const BRANCH_ID = 'org-b1'

/** Demo data of the `study` area, written after the community (people and orgs) exists. */
export async function seedStudy(db: DatabaseService, env: string, community: DemoCommunity): Promise<void> {
  const now = Date.now()
  const materials: StudyMaterialDoc[] = MATERIALS.map((seed) => {
    const createdAt = new Date(now - seed.daysAgo * 86_400_000)
    return {
      _id: seed.id,
      title: seed.title,
      kind: 'article',
      topic: seed.topic,
      summary: seed.summary,
      body: parseBody(seed.body),
      audioFileId: null,
      pdfFileId: null,
      durationMinutes: seed.durationMinutes,
      archived: false,
      sortKey: `${createdAt.toISOString()}|${seed.id}`,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    }
  })
  await db.bulkInsert(env, 'studyMaterials', materials as unknown as Array<Record<string, unknown>>)

  const branch = community.orgs.find((org) => org._id === BRANCH_ID)!
  const dueDate = beijingDay(new Date(now + 21 * 86_400_000))
  const assignments: StudyAssignmentDoc[] = ASSIGNED_TO_BRANCH.map((materialId) => ({
    _id: `as:${materialId}:org:${branch._id}`,
    materialId,
    targetKey: `org:${branch._id}`,
    targetKind: 'org',
    targetId: branch._id,
    targetName: branch.name,
    scopePath: [...branch.path, branch._id],
    dueDate,
    assignedByOpenid: DEMO_OPENIDS.admin,
    at: new Date(now - 5 * 86_400_000),
  }))
  await db.bulkInsert(env, 'studyAssignments', assignments as unknown as Array<Record<string, unknown>>)
}
