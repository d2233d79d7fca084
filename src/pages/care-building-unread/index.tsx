import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/Card'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { useBuildingNotices, useBuildingUnread } from '../../features/care/useCare'
import { ChipGroup } from '../../shared/ChipGroup'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import '../../features/care/care.scss'

/** 楼栋长 / 网格员: pick a notice, see who in my buildings has not read it (to knock on their door). */
function BuildingUnreadContent() {
  const notices = useBuildingNotices()
  const [noticeId, setNoticeId] = useState<string | null>(null)
  const unread = useBuildingUnread(noticeId)
  usePullToReload(async () => {
    await Promise.all([notices.reload(), noticeId ? unread.reload() : Promise.resolve()])
  })
  return (
    <PageRoot>
      <Card title="选择通知">
        <Loaded inline list={notices} empty={{ title: '近期没有通知' }} footer={false}>
          {(items) => (
            <ChipGroup
              label="通知"
              options={items.map((n) => ({ value: n.id, label: n.title }))}
              value={noticeId ?? ''}
              onChange={setNoticeId}
            />
          )}
        </Loaded>
      </Card>
      {noticeId ? (
        <Loaded state={unread}>
          {(data) => (
            <Card title={`${data.buildings.join('、')}：还没有读的人`}>
              <Text className="hl-title" data-testid="building-read">
                应读 {data.audienceSize} 人，已读 {data.read} 人
              </Text>
              {data.unread.length ? (
                data.unread.map((person) => (
                  <View key={person.personId} className="hl-care__elder" data-testid="building-unread-person">
                    <View>
                      <Text className="hl-care__name">{person.name}</Text>
                      {person.elder ? <Tag tone="gold">高龄</Tag> : null}
                      {person.kind === 'resident' ? <Tag>居民</Tag> : <Tag>党员</Tag>}
                    </View>
                    <Text className="hl-muted">
                      {person.building} {person.unit}
                    </Text>
                  </View>
                ))
              ) : (
                <Text className="hl-text">我负责的楼栋里大家都读过了。</Text>
              )}
            </Card>
          )}
        </Loaded>
      ) : null}
    </PageRoot>
  )
}

export default gatedPage('care', 'member', BuildingUnreadContent)
