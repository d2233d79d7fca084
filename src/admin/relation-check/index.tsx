import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { PageState } from '../../components/PageState'
import { confirmAction, tellProblem, toastDone } from '../../shared/confirm'
import { shanghaiTime } from '../../shared/dates'
import { ListFooter } from '../../shared/ListFooter'
import { FormField } from '../../components/FormField'
import { useRelationCheck } from '../../features/relation/useRelationCheck'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { MemberRow } from '../../features/roster/MemberRow'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function RelationCheckPage() {
  const me = useMe()
  const check = useRelationCheck()
  const [title, setTitle] = useState(`${new Date().getFullYear()}年组织关系排查`)
  usePullToReload(check.reload)
  const { summary } = check

  const start = async () => {
    if (!title.trim()) return tellProblem('请填写排查名称', '例如：2025年组织关系排查')
    const closes = summary?.check?.status === 'open' ? `正在进行的「${summary.check.title}」将结束。` : ''
    if (!(await confirmAction('发起组织关系排查', `${closes}全体党员将收到确认请求。确定发起吗？`, '发起'))) return
    const outcome = await check.start(title.trim())
    if (outcome.ok) toastDone('已发起')
    else await tellProblem('没有发起成功', outcome.error.message)
  }

  const confirmFor = async (id: string, name: string) => {
    if (!(await confirmAction('代为确认', `已经电话联系上 ${name} 了吗？确认后记为本次排查已回复。`, '已联系上'))) return
    const outcome = await check.confirmFor(id)
    if (outcome.ok) toastDone('已确认')
    else await tellProblem('没有确认成功', outcome.error.message)
  }

  const markLost = async (id: string, name: string) => {
    if (!(await confirmAction('标记失联', `${name} 6 个月以上联系不上，标记为失联党员？`, '标记失联'))) return
    const outcome = await check.markLost(id)
    if (outcome.ok) toastDone('已标记')
    else await tellProblem('不能标记为失联', outcome.error.message)
  }

  let body
  if (check.loading && !summary) body = <PageState kind="loading" />
  else if (check.error && !summary) body = <PageState kind="error" message={check.error.message} onRetry={check.reload} />
  else if (!summary?.check)
    body = (
      <PageState
        kind="empty"
        title="当前没有进行中的排查"
        description={me.data?.role === 'admin' ? '可以在上方发起一次排查' : '社区党委发起排查后，这里会显示谁还没有回复'}
      />
    )
  else {
    body = (
      <View>
        {check.error ? <RefreshFailedNotice error={check.error} onRetry={check.reload} /> : null}
        <Card title={summary.check.title}>
          <Text className="hl-relation__line">
            开始于 {shanghaiTime(summary.check.startedAt)}（{summary.check.status === 'open' ? '进行中' : '已结束'}）
          </Text>
          <Text className="hl-relation__progress">
            已回复 {summary.confirmed} 人 / 共 {summary.total} 人，还有 {Math.max(0, summary.total - summary.confirmed)} 人未回复
          </Text>
        </Card>
        {check.items.length ? (
          <Text className="hl-relation__heading">未回复的党员（请电话联系）</Text>
        ) : (
          <PageState kind="empty" title="全部党员都已回复" />
        )}
        {check.items.map((member) => (
          <MemberRow
            key={member.id}
            member={member}
            action={
              <>
                <Text className="hl-relation__line">最近联系：{shanghaiTime(member.lastContactAt)}</Text>
                <BigButton busy={check.busyId === member.id || undefined} onClick={() => void confirmFor(member.id, member.name)}>
                  已电话确认
                </BigButton>
                {member.status !== 'lostContact' ? (
                  <BigButton kind="secondary" onClick={() => void markLost(member.id, member.name)}>
                    标记失联
                  </BigButton>
                ) : null}
                {!member.canMarkLostContact && member.status !== 'lostContact' ? (
                  <Text className="hl-relation__note">最近 6 个月内有联系记录，暂不能标记失联</Text>
                ) : null}
              </>
            }
          />
        ))}
        {check.items.length ? (
          <ListFooter
            hasMore={check.hasMore}
            loadingMore={check.loadingMore}
            error={check.loadMoreError}
            onLoadMore={check.loadMore}
            count={check.items.length}
          />
        ) : null}
      </View>
    )
  }

  return (
    <PageRoot>
      {me.data?.role === 'admin' ? (
        <Card title="发起新的排查">
          <FormField label="排查名称" value={title} onChange={setTitle} maxLength={40} />
          <BigButton block onClick={() => void start()}>
            发起排查
          </BigButton>
        </Card>
      ) : null}
      {body}
    </PageRoot>
  )
}
