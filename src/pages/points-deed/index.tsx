import { Text } from '@tarojs/components'
import { useState } from 'react'
import { DEED_TEXT_MESSAGE, GOOD_DEED_MAX_PHOTOS, GOOD_DEED_MIN_WORDS, wordCharCount } from '@core/points/constants'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { SectionTitle } from '../../components/SectionTitle'
import { PhotoPicker } from '../../components/PhotoPicker'
import { ChipGroup, ForWhomChips } from '../../shared/ChipGroup'
import { toastDone } from '../../shared/confirm'
import { Loaded } from '../../shared/Loaded'
import { PageRoot } from '../../features/elder/PageRoot'
import { SubmitBar } from '../../shared/FormNotice'
import { DeedItem } from '../../features/points/DeedItem'
import { useGoodDeed } from '../../features/points/useGoodDeed'
import { usePullToReload } from '../../shared/usePullToReload'
import { useUpload } from '../../shared/useUpload'
import { gatedPage } from '../../features/onboarding/RoleGate'

/** 日行一善: report a good deed (for myself, or for an elder I help) and see how my reports went. */
function GoodDeedPageContent() {
  const { categories, elders, mine, draft, bind, submit, busy, reload } = useGoodDeed()
  const [problem, setProblem] = useState<string | null>(null)
  usePullToReload(reload)
  const upload = useUpload('image')

  const onSubmit = async () => {
    if (!draft.categoryId) return setProblem('请选择类别')
    if (draft.text.trim().length < 2) return setProblem('请简单描述做了什么')
    if (wordCharCount(draft.text) < GOOD_DEED_MIN_WORDS) return setProblem(DEED_TEXT_MESSAGE)
    setProblem(null)
    const outcome = await submit()
    if (!outcome.ok) setProblem(outcome.error.message)
    else toastDone('已提交，等待审核')
  }

  return (
    <PageRoot>
      <Loaded state={categories}>
        {({ items }) => (
          <Card title="申报日行一善">
            {items.length ? (
              <ChipGroup
                label="类别"
                options={items.map((c) => ({ value: c.id, label: `${c.name} ${c.points}分` }))}
                {...bind('categoryId')}
              />
            ) : (
              <Text>社区还没有设置类别，请联系社区党委。</Text>
            )}
            <ForWhomChips label="为谁申报" elders={elders} {...bind('forPersonId')} />
            <FormField label="做了什么" placeholder="例如：帮独居老人买菜" {...bind('text')} maxLength={300} />
            <PhotoPicker label="现场照片" max={GOOD_DEED_MAX_PHOTOS} {...bind('photos')} upload={upload} />
            <SubmitBar problem={problem} busy={busy} label="提交申报" onSubmit={onSubmit} />
          </Card>
        )}
      </Loaded>
      <SectionTitle>我的申报</SectionTitle>
      <Loaded inline list={mine} empty={{ title: '还没有申报记录。' }}>
        {(deeds) => deeds.map((deed) => <DeedItem key={deed.id} deed={deed} />)}
      </Loaded>
    </PageRoot>
  )
}

export default gatedPage('points', 'signedUp', GoodDeedPageContent)
