import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ACTIVITY_KINDS } from '@core/contract/activities'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { PageState } from '../../components/PageState'
import { PhotoPicker } from '../../components/PhotoPicker'
import {
  checkActivityForm,
  emptyActivityForm,
  formFromActivity,
  TIME_EXAMPLE,
  type ActivityFormErrors,
  type ActivityFormValues,
} from '../../features/activities/admin/activityForm'
import { useActivityEditor } from '../../features/activities/admin/useActivityEditor'
import { ACTIVITY_KIND_LABELS } from '../../features/activities/labels'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction, tellProblem, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { AudiencePicker } from '../../features/org/AudiencePicker'
import './index.scss'

const KIND_OPTIONS = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] }))
const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]

/** 发布活动 / 修改活动: every field of an activity, checked in words before sending; 取消活动 with a reason. */
export default function ActivityEditPage() {
  const id = useRouter().params.id || null
  const editor = useActivityEditor(id)
  const [form, setForm] = useState<ActivityFormValues>(emptyActivityForm('org'))
  const [errors, setErrors] = useState<ActivityFormErrors>({})
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const set = (patch: Partial<ActivityFormValues>) => setForm((current) => ({ ...current, ...patch }))
  const { activity } = editor

  useEffect(() => {
    if (activity) setForm(formFromActivity(activity))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refill the form only when another version arrives, not on every reload
  }, [activity?.id, activity?.version])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '修改活动' : '发布活动' })
  }, [id])

  if (id && !activity) {
    return (
      <PageRoot>
        {editor.error ? (
          <PageState kind="error" message={editor.error.message} onRetry={() => void editor.reload()} />
        ) : (
          <PageState kind="loading" />
        )}
      </PageRoot>
    )
  }
  const cancelled = activity?.status === 'cancelled'

  const save = async () => {
    const checked = checkActivityForm(form, !activity)
    setErrors(checked.errors)
    if (!checked.fields) {
      await tellProblem('还不能保存', '请按红色提示修改后再保存。')
      return
    }
    const outcome = await editor.save(checked.fields)
    if (!outcome.ok) {
      if (outcome.error.code === 'COMMON.CONFLICT') {
        if (await confirmAction('活动已被他人修改', '重新加载后再修改，您刚才填写的内容不会保存。', '重新加载')) await editor.reload()
        return
      }
      await tellProblem(activity ? '没有保存成功' : '没有发布成功', outcome.error.message)
      return
    }
    toastDone(activity ? (outcome.notified ? `已保存，已通知 ${outcome.notified} 人` : '已保存') : '已发布')
    if (!activity) void Taro.redirectTo({ url: `/pages/activities-detail/index?id=${outcome.id}` })
  }

  const cancel = async () => {
    if (!activity) return
    if (!reason.trim()) {
      setReasonError('请填写取消原因，报名的人会看到')
      return
    }
    setReasonError(null)
    const sure = await confirmAction(
      '取消这个活动？',
      `取消后「${activity.title}」的 ${activity.confirmedCount + activity.waitlistCount} 位报名和候补的人都会收到通知，且不能恢复。`,
      '取消活动',
    )
    if (!sure) return
    const outcome = await editor.cancel(reason.trim())
    if (outcome.ok) toastDone(`已取消，已通知 ${outcome.notified} 人`)
    else await tellProblem('没有取消成功', outcome.error.message)
  }

  return (
    <PageRoot>
      {cancelled ? (
        <Text className="hl-activity-edit__cancelled">这个活动已取消{activity?.cancelReason ? `：${activity.cancelReason}` : ''}。</Text>
      ) : null}
      <Card title="活动">
        <ChipGroup label="类型" options={KIND_OPTIONS} value={form.kind} onChange={(kind) => set({ kind })} />
        <FormField
          label="活动名称"
          value={form.title}
          onChange={(title) => set({ title })}
          maxLength={60}
          placeholder="例如：琼林苑环境清洁志愿服务"
          error={errors.title}
        />
        <FormField
          label="地点"
          value={form.place}
          onChange={(place) => set({ place })}
          maxLength={60}
          placeholder="例如：社区党群服务中心二楼会议室"
          error={errors.place}
        />
        <View className="hl-activity-edit__field">
          <Text className="hl-activity-edit__label">活动介绍（选填）</Text>
          <Textarea
            className="hl-activity-edit__body"
            value={form.description}
            maxlength={2000}
            autoHeight
            aria-label="活动介绍"
            placeholder="做什么、带什么、注意什么"
            onInput={(event) => set({ description: event.detail.value })}
          />
        </View>
        <PhotoPicker
          value={form.coverFileId ? [form.coverFileId] : []}
          onChange={(ids) => set({ coverFileId: ids[0] ?? null })}
          max={1}
          label="封面图片"
        />
      </Card>
      <Card title="时间（北京时间）">
        <FormField label="开始" value={form.start} onChange={(start) => set({ start })} placeholder={TIME_EXAMPLE} error={errors.start} />
        <FormField label="结束" value={form.end} onChange={(end) => set({ end })} placeholder="2026-12-20 11:00" error={errors.end} />
        <FormField
          label="报名开始"
          optional
          value={form.signUpOpens}
          onChange={(signUpOpens) => set({ signUpOpens })}
          placeholder={TIME_EXAMPLE}
          error={errors.signUpOpens}
          hint="留空：发布后即可报名"
        />
        <FormField
          label="报名截止"
          optional
          value={form.signUpCloses}
          onChange={(signUpCloses) => set({ signUpCloses })}
          placeholder={TIME_EXAMPLE}
          error={errors.signUpCloses}
          hint="留空：活动开始前都可报名"
        />
        <FormField
          label="取消截止"
          optional
          value={form.cancelDeadline}
          onChange={(cancelDeadline) => set({ cancelDeadline })}
          placeholder={TIME_EXAMPLE}
          error={errors.cancelDeadline}
          hint="此后不能自行取消报名；留空：开始前都可取消"
        />
      </Card>
      <Card title="名额和参加范围">
        <ChipGroup
          label="名额"
          options={[
            { value: 'limited', label: '限定人数' },
            { value: 'unlimited', label: '不限人数' },
          ]}
          value={form.limited ? 'limited' : 'unlimited'}
          onChange={(value) => set({ limited: value === 'limited' })}
        />
        {form.limited ? (
          <FormField
            label="人数上限"
            type="number"
            maxLength={5}
            value={form.capacity}
            onChange={(capacity) => set({ capacity })}
            error={errors.capacity}
            hint="报满后可以候补，有人取消时按顺序递补"
          />
        ) : null}
        <AudiencePicker
          label="谁可以参加"
          value={{ kind: form.kindOfAudience, orgId: form.orgId, building: form.building }}
          onChange={({ kind, ...rest }) => set({ ...rest, ...(kind ? { kindOfAudience: kind } : {}) })}
        />
        {errors.kindOfAudience ? <Text className="hl-activity-edit__error">⚠ {errors.kindOfAudience}</Text> : null}
      </Card>
      <Card title="积分和志愿时长">
        <FormField
          label="参加可得积分"
          type="number"
          maxLength={4}
          value={form.points}
          onChange={(points) => set({ points })}
          error={errors.points}
        />
        <FormField
          label="志愿时长（分钟）"
          type="number"
          maxLength={4}
          value={form.serviceMinutes}
          onChange={(serviceMinutes) => set({ serviceMinutes })}
          error={errors.serviceMinutes}
          hint="没有签退时按此计；有签到签退时按实际时长，不超过活动时长"
        />
        <ChipGroup
          label="出勤须组织者确认"
          options={YES_NO}
          value={form.requiresConfirmation ? 'yes' : 'no'}
          onChange={(value) => set({ requiresConfirmation: value === 'yes' })}
        />
      </Card>
      {!cancelled ? (
        <View className="hl-activity-edit__actions">
          <BigButton block busy={editor.busy || undefined} onClick={() => void save()}>
            {activity ? '保存修改' : '发布活动'}
          </BigButton>
          {activity ? <Text className="hl-activity-edit__hint">修改时间或地点后，已报名的人会收到通知。</Text> : null}
        </View>
      ) : null}
      {activity && !cancelled ? (
        <Card title="取消活动">
          <Textarea
            className="hl-activity-edit__body hl-activity-edit__reason"
            value={reason}
            maxlength={200}
            aria-label="取消原因"
            placeholder="例如：因暴雨预警，活动取消"
            onInput={(event) => setReason(event.detail.value)}
          />
          {reasonError ? <Text className="hl-activity-edit__error">⚠ {reasonError}</Text> : null}
          <BigButton kind="secondary" block busy={editor.busy || undefined} onClick={() => void cancel()}>
            取消活动
          </BigButton>
        </Card>
      ) : null}
    </PageRoot>
  )
}
