import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../components/Card'
import type { MyStudyResponse } from '@core/contract'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import { HoursCard } from '../../features/study/HoursCard'
import { kindLabel, minutesText } from '../../features/study/labels'
import { StudyRecordRow } from '../../features/study/StudyRecordRow'
import { useMyStudy } from '../../features/study/useStudy'
import './index.scss'
import { gatedPage } from '../../features/onboarding/RoleGate'

/** 我的学习: minutes and 学时 this year against the target, what is assigned to me, recent records (incl. 送学). */
function MyStudyPageContent() {
  const loaded = useMyStudy()
  return (
    <PageRoot>
      <PageLoaded state={loaded}>{(study) => <MyStudy study={study} />}</PageLoaded>
    </PageRoot>
  )
}

function MyStudy({ study }: { study: MyStudyResponse }) {
  return (
    <>
      <HoursCard study={study} />
      <Card title="指派给我的资料">
        {study.assignments.length ? (
          study.assignments.map((item) => (
            <View
              key={item.materialId}
              className="hl-study-mine__item"
              aria-role="link"
              onClick={() => void Taro.navigateTo({ url: `/pages/study-detail/index?id=${item.materialId}` })}
            >
              <Text className="hl-strong">
                {kindLabel(item.kind)} {item.title}
              </Text>
              <View>
                <Tag tone={item.studiedMinutes ? 'gold' : 'red'}>
                  {item.studiedMinutes ? `已学 ${minutesText(item.studiedMinutes)}` : '未学'}
                </Tag>
                <Text className="hl-study-mine__meta">{item.dueDate} 前完成</Text>
              </View>
            </View>
          ))
        ) : (
          <Text className="hl-study-mine__meta">目前没有指派给您的资料。</Text>
        )}
      </Card>
      <Card title="最近的学习记录">
        {study.records.length ? (
          study.records.map((record) => <StudyRecordRow key={record.id} record={record} />)
        ) : (
          <Text className="hl-study-mine__meta">还没有学习记录。打开学习资料阅读或收听，就会记录学习时间。</Text>
        )}
      </Card>
    </>
  )
}

export default gatedPage('study', 'member', MyStudyPageContent)
