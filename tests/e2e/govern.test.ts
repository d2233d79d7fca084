import type { Locator, Page } from 'playwright-core'
import { button, card, confirmDialog, field, idIn, shown, useAppUnderTest } from './app'
import { dataOf, P, signIn } from '../support'

/**
 * 议事协商, 民主评议 and 共驻共建 in the H5 app against the real local cloud, every role on its own screens:
 * 刘秀英 (the branch secretary) sets a topic for 琼林苑3栋; 赵丽娜 (who lives there) votes once and
 * comments; 刘秀英 hides the comment with a reason, publishes the decision of the 绿化带 topic (past its
 * deadline) and records its 议事会 with 物业 and 业委会; 张晓东 grades every member of the 2026 民主评议
 * anonymously, 刘秀英 closes it and sees only counts, 张晓东 sees his own result; 刘秀英 opens a 述职评议 naming
 * 赵丽娜 as a 居民代表, who rates her anonymously, and the results show the rater groups; 王建华 (the committee)
 * registers a partner unit, 张晓东 (在职) reports to the community and claims a service post.
 */
const app = useAppUnderTest()
const RUN = Date.now() % 100000

const chip = (scope: Page | Locator, text: string) => shown(scope.locator('.hl-chips__chip', { hasText: new RegExp(`^(✓ )?${text}$`) }))

describe('议事协商, 民主评议 and 共驻共建 in the H5 app', () => {
  it('a branch sets a topic, a resident votes once and comments, the branch hides a comment, decides and records the 议事会', async () => {
    const title = `3栋单元门是否更换门禁 ${RUN}`
    const secretary = await app.openAs('刘秀英', 'admin/community-topics/index')
    await button(secretary, '发起议题').click()
    await chip(secretary, '指定楼栋').click()
    await field(secretary, '楼栋').fill('琼林苑3栋')
    await field(secretary, '议题').fill(title)
    await field(secretary, '背景', 'textarea').fill('单元门禁老化，外来人员随意进出，物业报价更换人脸识别门禁。')
    await field(secretary, '选项（每行一个）', 'textarea').fill('同意更换\n暂不更换')
    await button(secretary, '发起议题').click()
    await shown(secretary.getByText('查看投票和居民意见', { exact: true })).waitFor()
    const topicId = idIn(secretary)
    expect(topicId).toMatch(/^topic-/)

    const resident = await app.openAs('赵丽娜', 'pages/community-topics/index')
    await card(resident, title).waitFor()
    await app.goTo(resident, `pages/community-topic/index?id=${topicId}`)
    await button(resident, '投「同意更换」').click()
    await confirmDialog(resident, '投票')
    await shown(resident.getByText('同意更换（我的选择）', { exact: true })).waitFor()
    expect(await resident.locator('.hl-button', { hasText: '投「暂不更换」' }).filter({ visible: true }).count()).toBe(0)
    // A second vote through the API (a double tap that got through) counts nothing more.
    const api = await signIn(app.cloud.url, P.resident)
    const again = dataOf(await api.community.voteTopic({ topicId, option: 1 }), 'vote again')
    expect(again).toMatchObject({ counted: false, topic: { votes: 1, tally: [1, 0] } })
    await field(resident, '我的意见', 'textarea').fill(`门禁卡请给老人多配一张 ${RUN}`)
    await button(resident, '发表意见').click()
    await shown(resident.getByText(`门禁卡请给老人多配一张 ${RUN}`, { exact: true })).waitFor()

    await app.goTo(secretary, `pages/community-topic/index?id=${topicId}`)
    await shown(secretary.getByText(`门禁卡请给老人多配一张 ${RUN}`, { exact: true })).waitFor()
    await field(secretary, '隐藏原因').fill('含有个人信息')
    await button(secretary, '隐藏').click()
    await confirmDialog(secretary, '隐藏')
    await shown(secretary.getByText('该评论已被隐藏：含有个人信息', { exact: true })).waitFor()
    await app.goTo(resident, `pages/community-topic/index?id=${topicId}`)
    await shown(resident.getByText('该评论已被隐藏：含有个人信息', { exact: true })).waitFor()

    // The 绿化带 topic is past its deadline: the branch publishes the decision and records the 议事会.
    await app.goTo(secretary, 'admin/community-topic/index?id=topic-seed-greening')
    await field(secretary, '协商结果和决定', 'textarea').fill('保留绿化并增设围栏，物业本月内施工。')
    await button(secretary, '公布结果').click()
    await confirmDialog(secretary, '公布')
    await shown(secretary.getByText('已公布结果', { exact: true })).waitFor()
    await field(secretary, '参会人员', 'textarea').fill('刘秀英 社区\n吴经理 物业\n周国强 业委会')
    await field(secretary, '会议纪要', 'textarea').fill('三方商定保留绿化，增设围栏，费用由物业承担。')
    await button(secretary, '保存议事会记录').click()
    await shown(secretary.getByText('刘秀英（社区）、吴经理（物业）、周国强（业委会）', { exact: true })).waitFor()
    const member = await signIn(app.cloud.url, P.member)
    const decided = dataOf(await member.community.topic({ topicId: 'topic-seed-greening' }), 'decided').topic
    expect(decided).toMatchObject({ status: 'decided', decision: '保留绿化并增设围栏，物业本月内施工。' })
    for (const page of [secretary, resident]) await page.context().close()
  })

  it('a member grades everyone anonymously; the branch closes the 评议 and sees counts only; the member sees his own result', async () => {
    const voter = await app.openAs('张晓东', 'pages/community-evaluation/index?id=eval-seed-2026')
    const ballot = card(voter, '匿名评议')
    await ballot.waitFor()
    const groups = ballot.locator('.hl-chips')
    const count = await groups.count()
    expect(count).toBeGreaterThan(2)
    for (let i = 0; i < count; i++) await chip(groups.nth(i), '合格').click()
    await button(voter, '匿名提交').click()
    await confirmDialog(voter, '提交')
    await shown(voter.getByText('您已匿名提交评议，谢谢参与。', { exact: true })).waitFor()

    const secretary = await app.openAs('刘秀英', 'admin/community-evaluations/index?id=eval-seed-2026')
    await button(secretary, '结束评议').click()
    await confirmDialog(secretary, '结束')
    const results = card(secretary, '评议结果')
    await results.getByText(/^参评 1 \/ \d+ 人/).waitFor()
    expect(await results.innerText()).toContain('合格 1')

    await app.goTo(voter, 'pages/community-evaluation/index?id=eval-seed-2026')
    await shown(voter.getByText('优秀 0 · 合格 1 · 基本合格 0 · 不合格 0', { exact: true })).waitFor()
    for (const page of [voter, secretary]) await page.context().close()
  })

  it('a 居民代表 rates the secretary in a 述职评议; after the close the results show the rater groups', async () => {
    const title = `书记述职评议 ${RUN}`
    const secretary = await app.openAs('刘秀英', 'admin/community-evaluations/index')
    await chip(secretary, '书记述职评议').click()
    await field(secretary, '按姓名或楼栋查找居民').fill('赵丽娜')
    await chip(secretary, '赵丽娜（琼林苑3栋）').click()
    await shown(secretary.getByText(/^居民代表（已选 1 人）/)).waitFor()
    await field(secretary, '评议名称').fill(title)
    await button(secretary, '发起评议').click()
    await card(secretary, title).waitFor()
    const office = await signIn(app.cloud.url, P.secretary)
    const campaign = dataOf(await office.community.evaluations({}), 'campaigns').items.find((e) => e.title === title)!
    expect(campaign).toMatchObject({ kind: 'report', raterCounts: { residents: 1, partners: 0 } })

    const resident = await app.openAs('赵丽娜', 'pages/community-evaluations/index')
    await card(resident, title).click()
    const ballot = card(resident, '匿名评议')
    await ballot.waitFor()
    expect(await card(resident, title).innerText()).toContain('居民代表')
    await chip(ballot.locator('.hl-chips').first(), '优秀').click()
    await button(resident, '匿名提交').click()
    await confirmDialog(resident, '提交')
    await shown(resident.getByText('您已匿名提交评议，谢谢参与。', { exact: true })).waitFor()
    // A second tap that got through counts nothing more.
    const api = await signIn(app.cloud.url, P.resident)
    const grades = campaign.subjects.map((s) => ({ personId: s.personId, grade: 'excellent' as const }))
    const again = await api.community.castEvaluation({ campaignId: campaign.id, grades })
    expect(again.ok ? 'ok' : again.error.code).toBe('EVAL.ALREADY_VOTED')

    await app.goTo(secretary, `admin/community-evaluations/index?id=${campaign.id}`)
    await button(secretary, '结束评议').click()
    await confirmDialog(secretary, '结束')
    const results = card(secretary, '评议结果')
    await results.getByText(/^参评 1 \/ \d+ 人（/).waitFor()
    const text = await results.innerText()
    expect(text).toContain('居民代表')
    expect(text).toContain('参评 1 / 1 人 · 单列 0 票')
    expect(text).toContain('党员')
    expect(text).toContain('合计：优秀 1')
    const late = await api.community.castEvaluation({ campaignId: campaign.id, grades })
    expect(late.ok ? 'ok' : late.error.code).toBe('EVAL.CLOSED')
    for (const page of [secretary, resident]) await page.context().close()
  })

  it('the committee registers a partner unit; an employed member reports to the community and claims a post', async () => {
    const name = `滨湖区图书馆 ${RUN}`
    const office = await app.openAs('王建华', 'admin/community-partners/index')
    const form = card(office, '登记共建单位')
    await field(form, '单位名称').fill(name)
    await chip(form, '机关').click()
    await field(form, '联系人').fill('陈馆长')
    await field(form, '联系电话').fill('13955556666')
    await field(form, '资源清单', 'textarea').fill('图书流动站\n读书会')
    await button(form, '保存单位').click()
    // Saved, the form starts over empty.
    await office.waitForFunction(() =>
      [...document.querySelectorAll('.hl-field input')].every((input) => (input as HTMLInputElement).value !== '13955556666'),
    )

    const member = await app.openAs('张晓东', 'pages/community-partners/index')
    const partner = card(member, name)
    await partner.waitFor()
    expect(await partner.innerText()).toContain('139****6666')
    await field(member, '工作单位').fill('滨湖区人民医院')
    await button(member, '向社区报到').click()
    const post = shown(member.locator('.hl-record-row', { hasText: '四点半课堂辅导' }))
    await button(post, '认领').click()
    await confirmDialog(member, '认领')
    await shown(member.locator('.hl-record-row', { hasText: '我的岗位' })).waitFor()
    expect(await card(member, '在职党员双报到').innerText()).toContain('四点半课堂辅导')
    for (const page of [office, member]) await page.context().close()
  })
})
