import { Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ACTIVITY_KINDS, MEETING_KINDS } from '@core/activities/constants'
import { beijingDay } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { DateTimeField, FormField, TextAreaField } from '../../components/FormField'
import { PhotoPicker } from '../../components/PhotoPicker'
import { checkActivityForm, TIME_EXAMPLE, type ActivityFormErrors } from '../../features/activities/admin/activityForm'
import { useActivityEditor } from '../../features/activities/admin/useActivityEditor'
import { ACTIVITY_KIND_LABELS } from '../../features/activities/labels'
import { BooleanChips, ChipGroup } from '../../shared/ChipGroup'
import { announce, confirmAction, settleSave, tellProblem, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { useUpload } from '../../shared/useUpload'
import { AudiencePicker } from '../../features/org/AudiencePicker'
import { CoOrganizerPicker } from '../../features/activities/admin/CoOrganizerPicker'
import { useMe } from '../../features/members/useMe'
import { EditorActions } from '../../shared/EditorActions'
import '../../shared/editor.scss'

const KIND_OPTIONS = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] }))
/** A team leader's kinds: volunteer work and neighbourhood events, not a branch's meetings. */
const TEAM_KIND_OPTIONS = KIND_OPTIONS.filter((option) => !MEETING_KINDS.includes(option.value))

/** The times an activity may leave empty: what each one is, and what empty means. */
const OPTIONAL_TIMES = [
  { key: 'signUpOpens', label: '报名开始', hint: '留空：发布后即可报名' },
  { key: 'signUpCloses', label: '报名截止', hint: '留空：活动开始前都可报名' },
  { key: 'cancelDeadline', label: '取消截止', hint: '此后不能自行取消报名；留空：开始前都可取消' },
] as const

/** 发布活动 / 修改活动: every field of an activity, checked in words before sending; 取消活动 with a reason. */
export default function ActivityEditPage() {
  const params = useRouter().params
  const id = params.id || null
  // 志愿服务队 › 发起活动 opens it for the leader's team (the function checks they lead it).
  const presetTeam = params.teamId ? { id: params.teamId, name: decodeURIComponent(params.teamName ?? '') } : null
  const editor = useActivityEditor(id, presetTeam?.id ?? null)
  const me = useMe()
  const manager = me.data?.role === 'admin' || me.data?.role === 'secretary'
  const [errors, setErrors] = useState<ActivityFormErrors>({})
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const upload = useUpload('image')
  const { activity, form, set, field } = editor
  const today = beijingDay(Date.now())
  const teamName = activity?.team?.name ?? presetTeam?.name ?? ''

  const cancelled = activity?.status === 'cancelled'

  const save = async () => {
    const checked = checkActivityForm(form, !activity)
    setErrors(checked.errors)
    if (!checked.fields) {
      await tellProblem('还不能保存', '请按红色提示修改后再保存。')
      return
    }
    const conflict = { title: '活动已被他人修改', reload: editor.reload }
    const saved = await settleSave(await editor.save(checked.fields), conflict, activity ? '没有保存成功' : '没有发布成功')
    if (!saved) return
    toastDone(activity ? (saved.notified ? `已保存，已通知 ${saved.notified} 人` : '已保存') : '已发布')
    if (!activity) void Taro.redirectTo({ url: `/pages/activities-detail/index?id=${saved.id}` })
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
    await announce(await editor.cancel(reason.trim()), ({ notified }) => `已取消，已通知 ${notified} 人`, '没有取消成功')
  }

  const page = (
    <>
      {cancelled ? (
        <Text className="hl-editor__banner">这个活动已取消{activity?.cancelReason ? `：${activity.cancelReason}` : ''}。</Text>
      ) : null}
      {form.teamId ? (
        <Card title="主办">
          <Text className="hl-text" data-testid="activity-team">
            主办：{teamName || '本队'}
          </Text>
          <Text className="hl-note">本队的活动由队长发布和管理：报名名单、签到码和确认出勤。</Text>
        </Card>
      ) : null}
      <Card title="活动">
        <ChipGroup label="类型" options={form.teamId && !manager ? TEAM_KIND_OPTIONS : KIND_OPTIONS} {...field('kind')} />
        <FormField label="活动名称" {...field('title')} maxLength={60} placeholder="例如：琼林苑环境清洁志愿服务" error={errors.title} />
        <FormField label="地点" {...field('place')} maxLength={60} placeholder="例如：社区党群服务中心二楼会议室" error={errors.place} />
        <TextAreaField label="活动介绍" optional {...field('description')} maxLength={2000} placeholder="做什么、带什么、注意什么" />
        <PhotoPicker
          value={form.coverFileId ? [form.coverFileId] : []}
          onChange={(ids) => set({ coverFileId: ids[0] ?? null })}
          max={1}
          label="封面图片"
          upload={upload}
        />
      </Card>
      <Card title="时间（北京时间）">
        <DateTimeField label="开始" {...field('start')} today={today} placeholder={TIME_EXAMPLE} error={errors.start} />
        <DateTimeField label="结束" {...field('end')} today={today} placeholder="2026-12-20 11:00" error={errors.end} />
        {OPTIONAL_TIMES.map(({ key, label, hint }) => (
          <DateTimeField
            key={key}
            label={label}
            optional
            today={today}
            {...field(key)}
            placeholder={TIME_EXAMPLE}
            error={errors[key]}
            hint={hint}
          />
        ))}
      </Card>
      <Card title="名额和参加范围">
        <BooleanChips label="名额" yes="限定人数" no="不限人数" {...field('limited')} />
        {form.limited ? (
          <FormField
            label="人数上限"
            type="number"
            maxLength={5}
            {...field('capacity')}
            error={errors.capacity}
            hint="报满后可以候补，有人取消时按顺序递补"
          />
        ) : null}
        {form.teamId && !manager ? (
          <Text className="hl-note">谁可以参加：全体居民（队长发布的本队活动面向全社区）</Text>
        ) : (
          <AudiencePicker
            label="谁可以参加"
            value={{ kind: form.kindOfAudience, orgId: form.orgId, building: form.building }}
            onChange={({ kind, ...rest }) => set({ ...rest, ...(kind ? { kindOfAudience: kind } : {}) })}
          />
        )}
        {errors.kindOfAudience ? (
          <Text className="hl-field__error" aria-role="alert">
            ⚠ {errors.kindOfAudience}
          </Text>
        ) : null}
      </Card>
      <Card title="协办单位">
        <CoOrganizerPicker {...field('coOrganizerIds')} />
      </Card>
      <Card title="积分和志愿时长">
        <FormField label="参加可得积分" type="number" maxLength={4} {...field('points')} error={errors.points} />
        <FormField
          label="志愿时长（分钟）"
          type="number"
          maxLength={4}
          {...field('serviceMinutes')}
          error={errors.serviceMinutes}
          hint="没有签退时按此计；有签到签退时按实际时长，不超过活动时长"
        />
        <BooleanChips label="出勤须组织者确认" yes="是" no="否" {...field('requiresConfirmation')} />
      </Card>
      {!cancelled ? (
        <EditorActions busy={editor.busy} save={activity ? '保存修改' : '发布活动'} onSave={save}>
          {activity ? <Text className="hl-note">修改时间或地点后，已报名的人会收到通知。</Text> : null}
        </EditorActions>
      ) : null}
      {activity && !cancelled ? (
        <Card title="取消活动">
          <TextAreaField
            label="取消原因"
            hideLabel
            size="short"
            value={reason}
            maxLength={200}
            placeholder="例如：因暴雨预警，活动取消"
            error={reasonError}
            onChange={setReason}
          />
          <BigButton kind="secondary" block busy={editor.busy || undefined} onClick={() => void cancel()}>
            取消活动
          </BigButton>
        </Card>
      ) : null}
    </>
  )
  // Editing: the activity first (loading, or why it could not be read); new: the empty form at once.
  return <PageRoot>{id ? <Loaded state={editor}>{() => page}</Loaded> : page}</PageRoot>
}
