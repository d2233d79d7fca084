import { Text } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { SectionTitle } from '../../components/SectionTitle'
import { announce, confirmAction, tellProblem } from '../../shared/confirm'
import { shanghaiTime } from '../../shared/dates'
import { FormField } from '../../components/FormField'
import { useRelationCheck } from '../../features/relation/useRelationCheck'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { MemberRow } from '../../features/roster/MemberRow'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function RelationCheckPage() {
  const me = useMe()
  const check = useRelationCheck()
  const [title, setTitle] = useState(`${new Date().getFullYear()}年组织关系排查`)
  usePullToReload(check.reload)
  const summary = check.summary.data

  const start = async () => {
    if (!title.trim()) return tellProblem('请填写排查名称', '例如：2025年组织关系排查')
    const closes = summary?.check?.status === 'open' ? `正在进行的「${summary.check.title}」将结束。` : ''
    if (!(await confirmAction('发起组织关系排查', `${closes}全体党员将收到确认请求。确定发起吗？`, '发起'))) return
    await announce(await check.start(title.trim()), '已发起', '没有发起成功')
  }

  const confirmFor = async (id: string, name: string) => {
    if (!(await confirmAction('代为确认', `已经电话联系上 ${name} 了吗？确认后记为本次排查已回复。`, '已联系上'))) return
    await announce(await check.confirmFor(id), '已确认', '没有确认成功')
  }

  const markLost = async (id: string, name: string) => {
    if (!(await confirmAction('标记失联', `${name} 6 个月以上联系不上，标记为失联党员？`, '标记失联'))) return
    await announce(await check.markLost(id), '已标记', '不能标记为失联')
  }

  return (
    <PageRoot>
      {me.data?.role === 'admin' ? (
        <Card title="发起新的排查">
          <FormField label="排查名称" value={title} onChange={setTitle} maxLength={40} />
          <BigButton block busy={check.busyId === 'start' || undefined} onClick={() => void start()}>
            发起排查
          </BigButton>
        </Card>
      ) : null}
      <Loaded
        state={check.summary}
        empty={(progress) =>
          !progress.check && {
            title: '当前没有进行中的排查',
            description: me.data?.role === 'admin' ? '可以在上方发起一次排查' : '社区党委发起排查后，这里会显示谁还没有回复',
          }
        }
      >
        {({ check: open, confirmed, total }) => (
          <>
            {open ? (
              <Card title={open.title}>
                <Text className="hl-relation__line">
                  开始于 {shanghaiTime(open.startedAt)}（{open.status === 'open' ? '进行中' : '已结束'}）
                </Text>
                <Text className="hl-relation__progress">
                  已回复 {confirmed} 人 / 共 {total} 人，还有 {Math.max(0, total - confirmed)} 人未回复
                </Text>
              </Card>
            ) : null}
            <Loaded list={check} empty={{ title: '全部党员都已回复' }}>
              {(members) => (
                <>
                  <SectionTitle>未回复的党员（请电话联系）</SectionTitle>
                  {members.map((member) => (
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
                </>
              )}
            </Loaded>
          </>
        )}
      </Loaded>
    </PageRoot>
  )
}
