import { Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import {
  TICKET_BUILDING_MAX,
  TICKET_CATEGORIES,
  TICKET_CATEGORY_LABELS,
  TICKET_MAX_PHOTOS,
  TICKET_TEXT_MAX,
} from '@core/community/constants'
import { Card } from '../../components/Card'
import { FormField, TextAreaField } from '../../components/FormField'
import { PhotoPicker } from '../../components/PhotoPicker'
import { useReportTicket } from '../../features/community/useTickets'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { BooleanChips, ChipGroup } from '../../shared/ChipGroup'
import { toastDone } from '../../shared/confirm'
import { SubmitBar } from '../../shared/FormNotice'
import { useUpload } from '../../shared/useUpload'

const CATEGORIES = TICKET_CATEGORIES.map((value) => ({ value, label: TICKET_CATEGORY_LABELS[value] }))

/** 反映问题 (民生诉求): category, building, what is wrong, up to 3 photos; patrol members file 安全隐患. */
export default function ReportProblemPage() {
  const me = useMe()
  const params = useRouter().params
  // Opened from a helper's elder card: reporting for that paired elder.
  const forPersonId = params.forPersonId || undefined
  const forName = params.name ? decodeURIComponent(params.name) : ''
  const building = forPersonId ? decodeURIComponent(params.building ?? '') : (me.data?.person?.building ?? '')
  const { draft, change, bind, submit, busy } = useReportTicket(building, forPersonId)
  const [problem, setProblem] = useState<string | null>(null)
  const upload = useUpload('image')
  const patrol = draft.kind === 'patrol'

  const onSubmit = async () => {
    const category = patrol ? 'safety' : draft.category
    if (!category) return setProblem('请选择问题类别')
    if (!draft.building.trim()) return setProblem('请填写楼栋或地点')
    if (draft.text.trim().length < 5) return setProblem('请把问题描述清楚（至少 5 个字）')
    setProblem(null)
    const outcome = await submit(category)
    if (!outcome.ok) return setProblem(outcome.error.message)
    toastDone('已提交，我们会尽快受理')
    void Taro.redirectTo({ url: `/pages/community-ticket/index?id=${outcome.data.id}` })
  }

  return (
    <PageRoot>
      <Card title={forPersonId ? `为${forName}反映问题` : '反映问题'}>
        {forPersonId ? (
          <Text className="hl-note" data-testid="for-elder-hint">
            反映人记为{forName}，并记下由您代为反映；办理进展会通知您。
          </Text>
        ) : null}
        {me.data?.member && !forPersonId ? (
          <BooleanChips
            label="巡查队员上报安全隐患"
            value={patrol}
            yes="是，巡查发现"
            no="否"
            noFirst
            onChange={(yes) => change({ kind: yes ? 'patrol' : 'report' })}
          />
        ) : null}
        {patrol ? null : <ChipGroup label="问题类别" options={CATEGORIES} {...bind('category')} />}
        <FormField label="楼栋或地点" placeholder="例如：海福巷3号" {...bind('building')} maxLength={TICKET_BUILDING_MAX} />
        <TextAreaField
          label="问题描述"
          placeholder="例如：楼前下水道堵塞，污水满溢，无法正常行走"
          {...bind('text')}
          maxLength={TICKET_TEXT_MAX}
        />
        <PhotoPicker label="现场照片" max={TICKET_MAX_PHOTOS} {...bind('photos')} upload={upload} />
        <SubmitBar problem={problem} busy={busy} label="提交" onSubmit={onSubmit} />
      </Card>
    </PageRoot>
  )
}
