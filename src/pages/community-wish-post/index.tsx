import Taro from '@tarojs/taro'
import { useState } from 'react'
import { WISH_MAX_DAYS_AHEAD, WISH_TEXT_MAX, WISH_TITLE_MAX } from '@core/community/constants'
import { beijingDayBefore } from '@core/time'
import { Card } from '../../components/Card'
import { DateField, FormField, TextAreaField } from '../../components/FormField'
import { PhotoPicker } from '../../components/PhotoPicker'
import { usePostWish } from '../../features/community/useWishes'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { useMyElders } from '../../features/pairing/useMyElders'
import { ForWhomChips } from '../../shared/ChipGroup'
import { toastDone } from '../../shared/confirm'
import { SubmitBar } from '../../shared/FormNotice'
import { useUpload } from '../../shared/useUpload'

/** 许个心愿: what, by when, an optional photo; for myself or an elder I help. Approved by the branch before it shows. */
export default function PostWishPage() {
  const me = useMe()
  const { elders } = useMyElders(Boolean(me.data?.pairing?.elderCount))
  const tomorrow = beijingDayBefore(new Date(), -1)
  const { draft, bind, submit, busy } = usePostWish(beijingDayBefore(new Date(), -7))
  const [problem, setProblem] = useState<string | null>(null)
  const upload = useUpload('image')

  const onSubmit = async () => {
    if (draft.title.trim().length < 2) return setProblem('请写下心愿是什么')
    setProblem(null)
    const outcome = await submit()
    if (!outcome.ok) return setProblem(outcome.error.message)
    toastDone('已提交，等待支部审核')
    void Taro.redirectTo({ url: `/pages/community-wish/index?id=${outcome.data.id}` })
  }

  return (
    <PageRoot>
      <Card title="许个心愿">
        <ForWhomChips label="为谁许愿" elders={elders} {...bind('forPersonId')} />
        <FormField label="心愿是什么" placeholder="例如：想请人帮忙修好家里的旧收音机" {...bind('title')} maxLength={WISH_TITLE_MAX} />
        <TextAreaField label="说明（可不填）" placeholder="写清楚需要什么帮助、方便的时间" {...bind('text')} maxLength={WISH_TEXT_MAX} />
        <DateField label="希望在哪天前完成" {...bind('needBy')} start={tomorrow} end={beijingDayBefore(new Date(), -WISH_MAX_DAYS_AHEAD)} />
        <PhotoPicker label="照片（可不传）" max={1} {...bind('photos')} upload={upload} />
        <SubmitBar problem={problem} busy={busy} label="提交心愿" onSubmit={onSubmit} />
      </Card>
    </PageRoot>
  )
}
