import { useRouter } from '@tarojs/taro'
import { Card } from '../../components/Card'
import { PageState } from '../../components/PageState'
import { PageRoot } from '../../features/elder/PageRoot'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { VisitForm } from '../../features/care/VisitForm'

/** 记录走访 for one elder (opened from 关爱走访, 结对送学 or 未走访名单). */
function CareVisitContent() {
  const { elderId, name, care } = useRouter().params
  if (!elderId) return <PageState kind="empty" title="没有指定长辈" description="请从「关爱走访」选择要走访的长辈" />
  const elderName = decodeURIComponent(name ?? '')
  return (
    <PageRoot>
      <Card title={elderName ? `走访 ${elderName}` : '记录走访'}>
        <VisitForm elderId={elderId} elderName={elderName} careKinds={care === '1'} />
      </Card>
    </PageRoot>
  )
}

export default gatedPage('care', 'member', CareVisitContent)
