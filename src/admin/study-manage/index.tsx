import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { kindLabel, minutesText } from '../../features/study/labels'
import { useMaterials } from '../../features/study/useStudy'
import { PageLoaded } from '../../shared/PageLoaded'
import { useShowAgain } from '../../shared/useShowAgain'

const go = (url: string) => void Taro.navigateTo({ url })

/** 学习资料管理 (committee): every material, taken-down ones too; add, edit, assign. */
export default function StudyManagePage() {
  const list = useMaterials(null, true)
  useShowAgain(() => void list.reload())

  return (
    <PageRoot>
      <BigButton block onClick={() => go('/admin/study-edit/index')}>
        新增学习资料
      </BigButton>
      <PageLoaded list={list} empty={{ title: '还没有学习资料', description: '点上方按钮上传第一份文章、音频或 PDF' }}>
        {(materials) =>
          materials.map((material) => (
            <RecordRow
              key={material.id}
              tags={
                <>
                  <Tag>{kindLabel(material.kind)}</Tag>
                  <Tag>{material.topic}</Tag>
                  {material.archived ? <Tag tone="red">已下架</Tag> : null}
                </>
              }
              title={material.title}
              lines={[`约 ${minutesText(material.durationMinutes)}${material.summary ? ` · ${material.summary}` : ''}`]}
              actions={
                <>
                  <BigButton kind="secondary" onClick={() => go(`/admin/study-edit/index?id=${material.id}`)}>
                    修改/下架
                  </BigButton>
                  {!material.archived ? (
                    <BigButton kind="secondary" onClick={() => go(`/admin/study-assign/index?id=${material.id}`)}>
                      指派
                    </BigButton>
                  ) : null}
                </>
              }
            />
          ))
        }
      </PageLoaded>
    </PageRoot>
  )
}
