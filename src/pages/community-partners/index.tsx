import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PROJECT_STATUS_LABELS } from '@core/community/partners'
import { MEMBERS } from '@core/roles'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { CoOrganizedActivities } from '../../features/govern/CoOrganizedActivities'
import { usePartners, useServicePosts } from '../../features/govern/usePartners'
import { useMe } from '../../features/members/useMe'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { confirmAction, toastDone } from '../../shared/confirm'
import { FormNotice } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { PageLoaded } from '../../shared/PageLoaded'

function DualReport() {
  const { posts, report, claim, busyWith } = useServicePosts(true)
  const [workUnit, setWorkUnit] = useState('')
  const [skills, setSkills] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const onReport = async () => {
    const outcome = await report(workUnit.trim(), skills.trim())
    if (outcome.ok) toastDone('已报到')
    else setProblem(outcome.error.message)
  }
  const onClaim = async (postId: string, title: string) => {
    if (!(await confirmAction('认领岗位', `认领「${title}」？每人认领一个岗位，再认领会换成新岗位。`, '认领'))) return
    const outcome = await claim(postId)
    if (outcome.ok) toastDone('认领成功')
    else setProblem(outcome.error.message)
  }
  return (
    <Loaded state={posts} inline>
      {({ items, report: mine }) => (
        <>
          <Card title="在职党员双报到">
            {mine ? (
              <>
                <InfoRow label="工作单位">{mine.workUnit}</InfoRow>
                <InfoRow label="认领岗位">{mine.postTitle ?? '尚未认领'}</InfoRow>
                <InfoRow label="服务时长">{`${mine.minutes} 分钟`}</InfoRow>
              </>
            ) : (
              <>
                <Text className="hl-govern__muted">在职党员向社区报到，认领服务岗位，服务时长计入志愿服务。</Text>
                <FormField label="工作单位" value={workUnit} maxLength={40} onChange={setWorkUnit} />
                <FormField label="特长（可不填）" optional value={skills} maxLength={100} onChange={setSkills} />
                <BigButton block busy={busyWith === 'report'} onClick={() => void onReport()}>
                  向社区报到
                </BigButton>
              </>
            )}
            <FormNotice message={problem} />
          </Card>
          <Card title="服务岗位">
            {items.length ? null : <Text>暂时没有服务岗位</Text>}
            {items.map((post) => (
              <RecordRow
                key={post.id}
                tags={post.mine ? <Tag tone="red">我的岗位</Tag> : undefined}
                title={post.title}
                lines={[post.place, `已认领 ${post.claimed} / ${post.slots}`]}
                actions={
                  mine && !post.mine && post.claimed < post.slots ? (
                    <BigButton kind="secondary" busy={busyWith === post.id} onClick={() => void onClaim(post.id, post.title)}>
                      认领
                    </BigButton>
                  ) : undefined
                }
              />
            ))}
          </Card>
        </>
      )}
    </Loaded>
  )
}

function Partners() {
  const me = useMe()
  const partners = usePartners()
  const isMember = Boolean(me.data && MEMBERS.includes(me.data.role))
  return (
    <PageRoot>
      <PageLoaded state={partners} empty={(d) => !d.items.length && { title: '还没有登记共建单位' }}>
        {({ items, projects }) => (
          <>
            {items.map((unit) => (
              <Card key={unit.id} title={unit.name}>
                <View>
                  <Tag>{unit.type}</Tag>
                </View>
                {unit.partyOrg ? <InfoRow label="党组织">{unit.partyOrg}</InfoRow> : null}
                <InfoRow label="联系人">{`${unit.contactName} ${unit.contactPhone}`}</InfoRow>
                <InfoRow label="资源清单">{unit.resources.join('、') || '—'}</InfoRow>
                <InfoRow label="需求清单">{unit.needs.join('、') || '—'}</InfoRow>
                <CoOrganizedActivities unit={unit} />
              </Card>
            ))}
            <Card title="项目清单">
              {projects.length ? null : <Text>还没有共建项目</Text>}
              {projects.map((p) => (
                <RecordRow
                  key={p.id}
                  tags={<Tag tone="gold">{PROJECT_STATUS_LABELS[p.status]}</Tag>}
                  title={p.title}
                  lines={[p.unitNames.join('、'), `资源：${p.resource} → 需求：${p.need}`]}
                  actions={
                    p.activityId ? (
                      <BigButton
                        kind="secondary"
                        onClick={() => void Taro.navigateTo({ url: `/pages/activities-detail/index?id=${p.activityId}` })}
                      >
                        共建活动
                      </BigButton>
                    ) : undefined
                  }
                />
              ))}
            </Card>
          </>
        )}
      </PageLoaded>
      {isMember ? <DualReport /> : null}
    </PageRoot>
  )
}

/** 共驻共建: partner units with their 资源 / 需求 lists and projects; 在职党员双报到 and 岗位认领 for members. */
export default gatedPage('partners', 'signedUp', Partners)
