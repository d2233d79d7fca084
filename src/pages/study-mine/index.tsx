import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../components/Card'
import { PageState } from '../../components/PageState'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import { HoursCard } from '../../features/study/HoursCard'
import { kindLabel, minutesText } from '../../features/study/labels'
import { StudyRecordRow } from '../../features/study/StudyRecordRow'
import { useMyStudy } from '../../features/study/useStudy'
import './index.scss'

/** 我的学习: minutes and 学时 this year against the target, what is assigned to me, recent records (incl. 送学). */
export default function MyStudyPage() {
  const loaded = useMyStudy()
  usePullToReload(loaded.reload)
  const study = loaded.data

  if (!study) {
    return (
      <PageRoot>
        {loaded.error ? <PageState kind="error" message={loaded.error.message} onRetry={loaded.reload} /> : <PageState kind="loading" />}
      </PageRoot>
    )
  }
  return (
    <PageRoot>
      {loaded.error ? <RefreshFailedNotice error={loaded.error} onRetry={loaded.reload} /> : null}
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
              <Text className="hl-study-mine__title">
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
    </PageRoot>
  )
}
