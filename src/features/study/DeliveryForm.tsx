import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { DeliveryView, MaterialListItem, PairedStudyResponse } from '@core/contract'
import { DELIVERY_METHOD_LABELS, DELIVERY_METHODS, type DeliveryMethod } from '@core/study/rules'
import { beijingDay } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { PastDateField } from '../../components/FormField'
import { PhotoPicker } from '../../components/PhotoPicker'
import { useDraft } from '../../shared/useDraft'
import { useUpload } from '../../shared/useUpload'
import { ChipGroup } from '../../shared/ChipGroup'
import { FormNotice } from '../../shared/FormNotice'
import { recordDelivery } from '../../services/study'
import { checkDelivery, emptyDelivery, MINUTE_CHOICES, type DeliveryDraft } from './deliveryForm'
import { minutesText } from './labels'
import './DeliveryForm.scss'

type Elder = PairedStudyResponse['elders'][number]
type Outcome = { delivery: DeliveryView; duplicate: boolean }

/**
 * 记录送学 for one elder: which material (theirs not yet studied first), the day, how (上门 / 电话 /
 * 远程), how long, an optional photo. One delivery per elder, material and day: sending again (a retry,
 * a second tap) is answered as already recorded, and nothing doubles.
 */
export function DeliveryForm(props: { elder: Elder; materials: MaterialListItem[]; onRecorded: () => void }) {
  const { elder } = props
  const today = beijingDay(new Date())
  const { draft, setDraft, change, bind } = useDraft<DeliveryDraft>(() => emptyDelivery(today, elder.pending[0]?.materialId))
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const upload = useUpload('image')

  const pendingIds = new Set(elder.pending.map((item) => item.materialId))
  const options = [
    ...elder.pending.map((item) => ({ value: item.materialId, label: `${item.title}（${item.dueDate} 前）` })),
    ...props.materials.filter((item) => !pendingIds.has(item.id)).map((item) => ({ value: item.id, label: item.title })),
  ]

  const submit = async () => {
    const checked = checkDelivery(elder.id, draft, today)
    if (!checked.request) return setProblem(checked.problem)
    setProblem(null)
    setBusy(true)
    try {
      const reply = await recordDelivery(checked.request)
      if (!reply.ok) return setProblem(reply.error.message)
      setOutcome(reply.data)
      props.onRecorded()
    } catch {
      setProblem('网络连接失败，请检查网络后重试')
    } finally {
      setBusy(false)
    }
  }

  if (outcome) {
    const { delivery, duplicate } = outcome
    return (
      <View className="hl-delivery-form__done" aria-role="status" data-testid="delivery-outcome">
        <Text className="hl-title">{duplicate ? '这次送学之前已经记录过了' : '送学已记录'}</Text>
        <Text className="hl-text">
          {delivery.date} {DELIVERY_METHOD_LABELS[delivery.method]}：{delivery.elderName}《{delivery.materialTitle}》
          {minutesText(delivery.minutes)}
        </Text>
        <Text className="hl-text">
          {duplicate
            ? '同一天同一份资料只记一次，没有重复计入。'
            : delivery.credited
              ? `已计入${delivery.elderName}的学习记录 ${minutesText(delivery.credited)}。`
              : `${delivery.elderName}今天这份资料已计满，这次没有再计入学时。`}
        </Text>
        <BigButton
          kind="secondary"
          block
          onClick={() => {
            setOutcome(null)
            setDraft(emptyDelivery(today, elder.pending.find((item) => item.materialId !== delivery.materialId)?.materialId ?? ''))
          }}
        >
          再记录一次
        </BigButton>
      </View>
    )
  }

  return (
    <View className="hl-delivery-form">
      {options.length ? (
        <ChipGroup label="送学资料" options={options} {...bind('materialId')} />
      ) : (
        <Text className="hl-text">还没有学习资料可送学。</Text>
      )}
      <PastDateField label="送学日期" {...bind('date')} today={today} />
      <ChipGroup<DeliveryMethod>
        label="送学方式"
        options={DELIVERY_METHODS.map((method) => ({ value: method, label: DELIVERY_METHOD_LABELS[method] }))}
        {...bind('method')}
      />
      <ChipGroup
        label="学习时长"
        options={MINUTE_CHOICES.map((minutes) => ({ value: String(minutes), label: `${minutes} 分钟` }))}
        value={String(draft.minutes)}
        onChange={(minutes) => change({ minutes: Number(minutes) })}
      />
      <PhotoPicker label="现场照片（选填）" max={1} {...bind('photoFileIds')} upload={upload} />
      <FormNotice message={problem} />
      <BigButton block busy={busy} disabled={!options.length} onClick={() => void submit()}>
        记录送学
      </BigButton>
    </View>
  )
}
