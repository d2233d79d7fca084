import type { MeResponse } from '@core/contract'
import { meOfVisitor } from '../../support/me'

const committee = { id: 'org-1', name: '滨湖世纪社区党委', level: 'committee' as const }
const generalBranch = { id: 'org-2', name: '琼临网格党总支', level: 'generalBranch' as const }
const branch = { id: 'org-3', name: '第一党支部', level: 'branch' as const }

/** A member who is not flagged 长辈 (so pages start in normal mode); `elderMe` is the same person flagged. */
export const memberMe: MeResponse = {
  openid: 'demo-member',
  role: 'member',
  person: { name: '张建国', phoneMasked: '138****1234', building: '3号楼', unit: '2单元' },
  member: { id: 'm-1', category: 'retired', elder: false, status: 'normal' },
  orgPath: [committee, generalBranch, branch],
  scope: null,
  rankingOptOut: false,
  bindingRequest: null,
  pairing: { helper: { name: '李秀英', phoneMasked: '137****2222', phone: '13700002222' }, elderCount: 0 },
  pendingRelationCheck: null,
}

/** 张建国 flagged 长辈 on the roster: elder mode is on by default for him. */
export const elderMe: MeResponse = { ...memberMe, member: { id: 'm-1', category: 'retired', elder: true, status: 'normal' } }

export const visitorMe: MeResponse = meOfVisitor('visitor-abc')
