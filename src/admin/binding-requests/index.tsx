import { Text } from '@tarojs/components'
import { BindingRequestItem } from '../../features/binding/BindingRequestItem'
import { useBindingRequests } from '../../features/binding/useBindingRequests'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

export default function BindingRequestsPage() {
  const { list, review } = useBindingRequests()

  return (
    <PageRoot>
      <PageLoaded list={list} empty={{ title: '没有待审核的申请', description: '有党员申请绑定时会显示在这里，下拉可刷新。' }}>
        {(requests) => (
          <>
            <Text className="hl-binding-requests__intro">请核对申请人的姓名、手机号与花名册是否为同一人，再决定通过或驳回。</Text>
            {requests.map((request) => (
              <BindingRequestItem key={request.id} request={request} onReview={review} />
            ))}
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
