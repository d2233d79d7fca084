import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { NOTICE_ATTACHMENTS_MAX, NOTICE_IMAGES_MAX } from '@core/notices/limits'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { PageState } from '../../components/PageState'
import { PhotoPicker } from '../../components/PhotoPicker'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction, tellProblem, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { AttachmentPicker } from '../../features/notices/AttachmentPicker'
import { checkNoticeForm, emptyNoticeForm, EXPIRY_CHOICES, formFromNotice, type NoticeFormValues } from '../../features/notices/noticeForm'
import { useNoticeEditor } from '../../features/notices/useManageNotices'
import { AudiencePicker } from '../../features/org/AudiencePicker'
import './index.scss'

export default function NoticeEditPage() {
  const id = useRouter().params.id || null
  const editor = useNoticeEditor(id)
  const [form, setForm] = useState<NoticeFormValues>(emptyNoticeForm('org'))
  const set = (patch: Partial<NoticeFormValues>) => setForm((current) => ({ ...current, ...patch }))
  const { notice } = editor

  useEffect(() => {
    if (notice) setForm(formFromNotice(notice))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refill the form only when another version arrives, not on every reload
  }, [notice?.id, notice?.version])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '修改通知' : '发布通知' })
  }, [id])

  if (id && !notice) {
    return (
      <PageRoot>
        {editor.error ? <PageState kind="error" message={editor.error.message} onRetry={editor.reload} /> : <PageState kind="loading" />}
      </PageRoot>
    )
  }

  const withdrawn = notice?.status === 'withdrawn'

  const save = async () => {
    const checked = checkNoticeForm(form)
    if (!checked.fields) {
      await tellProblem('还不能发布', checked.problem ?? '')
      return
    }
    const outcome = await editor.save(checked.fields)
    if (!outcome.ok) {
      if (outcome.error.code === 'COMMON.CONFLICT') {
        if (await confirmAction('通知已被他人修改', '重新加载后再修改，您刚才填写的内容不会保存。', '重新加载')) await editor.reload()
        return
      }
      await tellProblem(notice ? '没有保存成功' : '没有发布成功', outcome.error.message)
      return
    }
    toastDone(notice ? '已保存' : '已发布')
    if (!notice) void Taro.redirectTo({ url: `/admin/notices-stats/index?id=${outcome.id}` })
  }

  const withdraw = async () => {
    if (!notice) return
    if (!(await confirmAction('撤回这条通知？', `撤回后，${notice.audience.label}的读者将看不到「${notice.title}」。`, '撤回'))) return
    const outcome = await editor.withdraw()
    if (outcome.ok) toastDone('已撤回')
    else await tellProblem('没有撤回成功', outcome.error.message)
  }

  return (
    <PageRoot>
      {withdrawn ? <Text className="hl-notice-edit__withdrawn">这条通知已撤回，读者看不到了。</Text> : null}
      <Card title={notice ? '修改通知' : '新通知'}>
        <FormField
          label="标题"
          value={form.title}
          onChange={(title) => set({ title })}
          maxLength={60}
          placeholder="例如：关于开展主题党日活动的通知"
        />
        <View className="hl-notice-edit__field">
          <Text className="hl-notice-edit__label">正文</Text>
          <Textarea
            className="hl-notice-edit__body"
            value={form.body}
            maxlength={5000}
            autoHeight
            aria-label="正文"
            placeholder="每一行是一段；用 **两个星号** 把要加粗的字括起来"
            onInput={(event) => set({ body: event.detail.value })}
          />
          <Text className="hl-notice-edit__hint">换行分段；**加粗**。不支持其他格式。</Text>
        </View>
      </Card>
      <Card title="发给谁">
        <AudiencePicker label="接收范围" value={form} onChange={set} />
      </Card>
      <Card title="显示">
        <ChipGroup
          label="置顶"
          options={[
            { value: 'no', label: '不置顶' },
            { value: 'yes', label: '置顶' },
          ]}
          value={form.pinned ? 'yes' : 'no'}
          onChange={(value) => set({ pinned: value === 'yes' })}
        />
        <ChipGroup
          label={notice?.expiresAt ? '有效期（重新设置）' : '有效期'}
          options={EXPIRY_CHOICES}
          value={String(form.expiresInDays)}
          onChange={(value) => set({ expiresInDays: Number(value) })}
        />
      </Card>
      <Card title="图片和附件">
        <PhotoPicker value={form.images} onChange={(images) => set({ images })} max={NOTICE_IMAGES_MAX} label="通知图片" />
        <AttachmentPicker value={form.attachments} onChange={(attachments) => set({ attachments })} max={NOTICE_ATTACHMENTS_MAX} />
      </Card>
      {!withdrawn ? (
        <View className="hl-notice-edit__actions">
          <BigButton block busy={editor.busy || undefined} onClick={() => void save()}>
            {notice ? '保存修改' : '发布'}
          </BigButton>
          {notice ? (
            <BigButton kind="secondary" block onClick={() => void withdraw()}>
              撤回通知
            </BigButton>
          ) : null}
        </View>
      ) : null}
    </PageRoot>
  )
}
