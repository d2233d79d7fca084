import { Text, View } from '@tarojs/components'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { BindingRequestItem } from '../../features/binding/BindingRequestItem'
import { useBindingRequests } from '../../features/binding/useBindingRequests'
import { PageRoot } from '../../features/elder/PageRoot'
import { FormNotice } from '../../shared/FormNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function BindingRequestsPage() {
  const { items, error, reload, hasMore, loadMore, loadingMore, moreError, review } = useBindingRequests()
  usePullToReload(reload)

  let content
  if (error) content = <PageState kind="error" message={error.message} onRetry={() => void reload()} />
  else if (!items) content = <PageState kind="loading" />
  else if (!items.length)
    content = <PageState kind="empty" title="没有待审核的申请" description="有党员申请绑定时会显示在这里，下拉可刷新。" />
  else
    content = (
      <>
        <Text className="hl-binding-requests__intro">请核对申请人的姓名、手机号与花名册是否为同一人，再决定通过或驳回。</Text>
        {items.map((request) => (
          <BindingRequestItem key={request.id} request={request} onReview={review} />
        ))}
        <FormNotice message={moreError ? `没有加载成功：${moreError.message}` : null} />
        {hasMore ? (
          <View className="hl-binding-requests__more">
            <BigButton kind="secondary" block busy={loadingMore} onClick={() => void loadMore()}>
              {moreError ? '重试' : '加载更多'}
            </BigButton>
          </View>
        ) : null}
      </>
    )

  return <PageRoot>{content}</PageRoot>
}
