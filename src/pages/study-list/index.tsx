import Taro from '@tarojs/taro'
import { useState } from 'react'
import { STUDY_TOPICS, type StudyTopic } from '@core/study/rules'
import { BigButton } from '../../components/BigButton'
import { SectionTitle } from '../../components/SectionTitle'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import { useShowAgain } from '../../shared/useShowAgain'
import { MaterialRow } from '../../features/study/MaterialRow'
import { assignedFirst, useMaterials } from '../../features/study/useStudy'
import { gatedPage } from '../../features/onboarding/RoleGate'

const TOPIC_OPTIONS = [{ value: '', label: '全部' }, ...STUDY_TOPICS.map((topic) => ({ value: topic, label: topic }))]

/** 学习资料 by topic; what is assigned to me comes first, earliest due date first. */
function StudyListPageContent() {
  const [topic, setTopic] = useState<string>('')
  const list = useMaterials((topic || null) as StudyTopic | null)
  usePullToReload(list.reload)
  // Back from a material: show the minutes just studied.
  useShowAgain(() => void list.reload())

  return (
    <PageRoot>
      <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: '/pages/study-mine/index' })}>
        我的学习（学时）
      </BigButton>
      <ChipGroup label="专题" options={TOPIC_OPTIONS} value={topic} onChange={setTopic} />
      <Loaded
        list={list}
        empty={{ title: topic ? `「${topic}」还没有学习资料` : '还没有学习资料', description: '社区党委上传的学习资料会显示在这里' }}
      >
        {(items) => {
          const { assigned, others } = assignedFirst(items)
          return (
            <>
              {assigned.length ? <SectionTitle>{`指派给我的（${assigned.length}）`}</SectionTitle> : null}
              {assigned.map((material) => (
                <MaterialRow key={material.id} material={material} />
              ))}
              {others.length ? <SectionTitle>{assigned.length ? '其他资料' : '全部资料'}</SectionTitle> : null}
              {others.map((material) => (
                <MaterialRow key={material.id} material={material} />
              ))}
            </>
          )
        }}
      </Loaded>
    </PageRoot>
  )
}

export default gatedPage('study', 'member', StudyListPageContent)
