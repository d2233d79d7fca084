import type { MeResponse } from '@core/contract'

export interface StudyLink {
  title: string
  hint: string
  url: string
}

/** Study is for Party members: 学习资料, 我的学习, and 结对送学 for those who help elders. */
export function studyLinksFor(me: MeResponse): StudyLink[] {
  if (!me.member || !['member', 'secretary', 'admin'].includes(me.role)) return []
  const links: StudyLink[] = [
    { title: '学习资料', hint: '文章 · 音频 · PDF', url: '/pages/study-list/index' },
    { title: '我的学习', hint: '学时与年度目标', url: '/pages/study-mine/index' },
  ]
  if (me.pairing?.elderCount) links.push({ title: '结对送学', hint: `${me.pairing.elderCount} 位长辈`, url: '/pages/study-paired/index' })
  return links
}
