import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { MEMBERS, SIGNED_UP } from '@core/roles'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { PageRoot } from '../elder/PageRoot'
import { useMe } from '../members/useMe'
import { Loaded } from '../../shared/Loaded'
import { BINDING_PAGE, REGISTER_PAGE } from './VisitorChoices'
import './RoleGate.scss'

export type GateArea = 'points' | 'study' | 'activities' | 'care' | 'govern' | 'evaluation' | 'partners'

/** What each area offers, said to someone who cannot use it yet. */
const OFFERS: Record<GateArea, { title: string; lines: string[] }> = {
  points: {
    title: '道德银行',
    lines: [
      '申报日行一善，审核通过后获得积分',
      '参加社区活动，获得积分和志愿服务时长',
      '在公益集市用积分兑换物品',
      '查看积分排行和自己的名次',
    ],
  },
  study: {
    title: '学习资料',
    lines: ['按专题学习文章、音频和 PDF', '记录学习时长，查看本年度学时', '查看支部指派给我的学习资料'],
  },
  care: {
    title: '关爱走访',
    lines: ['上门走访、电话联系结对的长辈', '记下长辈的需求和意见建议，交支部跟进', '当面送达通知，计为长辈已收到'],
  },
  govern: {
    title: '议事协商',
    lines: ['参与本楼栋、本支部和社区议题的投票', '发表意见，提议本楼栋要商量的事', '查看协商结果和议事会记录'],
  },
  evaluation: {
    title: '民主评议',
    lines: ['匿名评议本支部党员和书记述职', '居民代表、共建单位代表参加书记述职评议', '填写个人自评，评议结束后查看本人结果'],
  },
  partners: {
    title: '共驻共建',
    lines: ['查看辖区共建单位的资源、需求和项目清单', '在职党员向社区双报到、认领服务岗位'],
  },
  activities: {
    title: '我的活动',
    lines: ['报名社区活动，满员时可以候补', '查看待参加、已参加的活动', '扫码签到，获得积分和志愿时长'],
  },
}

/**
 * A page only signed-up people (or only Party members) can use: anyone else sees what it offers and
 * one tap to register or bind, never an error they cannot fix. The page itself (and its loads) starts
 * only for someone it serves.
 */
export function RoleGate({ area, needs, children }: { area: GateArea; needs: 'signedUp' | 'member'; children: ReactNode }) {
  const me = useMe()
  const allowed = needs === 'member' ? MEMBERS : SIGNED_UP
  if (me.data && allowed.includes(me.data.role)) return <>{children}</>
  return (
    <PageRoot>
      <Loaded state={me}>
        {(data) => (
          <Offer area={area} needs={needs} pending={data.bindingRequest?.status === 'pending'} resident={data.role === 'resident'} />
        )}
      </Loaded>
    </PageRoot>
  )
}

function Offer({ area, needs, pending, resident }: { area: GateArea; needs: 'signedUp' | 'member'; pending: boolean; resident: boolean }) {
  const offer = OFFERS[area]
  const forMembers = needs === 'member'
  return (
    <Card title={forMembers ? `${offer.title}供党员使用` : `登记后就可以使用${offer.title}`}>
      <View className="hl-gate__lines">
        {offer.lines.map((line) => (
          <Text key={line} className="hl-gate__line">
            · {line}
          </Text>
        ))}
      </View>
      {pending ? (
        <Text className="hl-gate__pending">您的党员身份绑定申请正在等待支部书记审核，通过后就可以使用。</Text>
      ) : (
        <View className="hl-gate__actions">
          {!forMembers && !resident ? (
            <BigButton block onClick={() => void Taro.navigateTo({ url: REGISTER_PAGE })}>
              登记为居民
            </BigButton>
          ) : null}
          <BigButton kind={forMembers ? 'primary' : 'secondary'} block onClick={() => void Taro.navigateTo({ url: BINDING_PAGE })}>
            我是党员，申请绑定
          </BigButton>
        </View>
      )}
    </Card>
  )
}

/**
 * A page's default export behind the gate: `export default gatedPage('points', 'signedUp', PointsPageContent)`.
 * Visitors (and, for member-only areas, residents) see what it offers and how to get it, not an error.
 */
export function gatedPage(area: GateArea, needs: 'signedUp' | 'member', Content: () => JSX.Element) {
  return function GatedPage() {
    return (
      <RoleGate area={area} needs={needs}>
        <Content />
      </RoleGate>
    )
  }
}
