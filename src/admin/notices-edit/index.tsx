import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { NOTICE_ATTACHMENTS_MAX, NOTICE_IMAGES_MAX } from '@core/notices/limits'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { PhotoPicker } from '../../components/PhotoPicker'
import { BooleanChips, ChipGroup } from '../../shared/ChipGroup'
import { announce, confirmAction, settleSave, tellProblem, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { useUpload } from '../../shared/useUpload'
import { AttachmentPicker } from '../../features/notices/AttachmentPicker'
import { BodyField } from '../../features/notices/BodyField'
import { checkNoticeForm, EXPIRY_CHOICES } from '../../features/notices/noticeForm'
import { useNoticeEditor } from '../../features/notices/useManageNotices'
import { AudiencePicker } from '../../features/org/AudiencePicker'
import { EditorActions } from '../../shared/EditorActions'
import '../../shared/editor.scss'
import { useRouteId } from '../../shared/useRouteId'

export default function NoticeEditPage() {
  const id = useRouteId()
  const editor = useNoticeEditor(id)
  const upload = useUpload('image')
  const { notice, form, set, field } = editor
  const withdrawn = notice?.status === 'withdrawn'

  const save = async () => {
    const checked = checkNoticeForm(form)
    if (!checked.fields) {
      await tellProblem('还不能发布', checked.problem ?? '')
      return
    }
    const conflict = { title: '通知已被他人修改', reload: editor.reload }
    const savedId = await settleSave(await editor.save(checked.fields), conflict, notice ? '没有保存成功' : '没有发布成功')
    if (!savedId) return
    toastDone(notice ? '已保存' : '已发布')
    if (!notice) void Taro.redirectTo({ url: `/admin/notices-stats/index?id=${savedId}` })
  }

  const withdraw = async () => {
    if (!notice) return
    if (!(await confirmAction('撤回这条通知？', `撤回后，${notice.audience.label}的读者将看不到「${notice.title}」。`, '撤回'))) return
    await announce(await editor.withdraw(), '已撤回', '没有撤回成功')
  }

  const page = (
    <>
      {withdrawn ? <Text className="hl-editor__banner">这条通知已撤回，读者看不到了。</Text> : null}
      <Card title={notice ? '修改通知' : '新通知'}>
        <FormField label="标题" {...field('title')} maxLength={60} placeholder="例如：关于开展主题党日活动的通知" />
        <BodyField
          {...field('body')}
          hint="按回车开始新的一段。要突出的字，前后各加两个星号就会显示为粗体，例如：**请带身份证**（读者看到的是粗体的“请带身份证”）。"
        />
      </Card>
      <Card title="发给谁">
        <AudiencePicker label="接收范围" value={form} onChange={set} />
      </Card>
      <Card title="显示">
        <BooleanChips label="置顶" yes="置顶" no="不置顶" noFirst {...field('pinned')} />
        <ChipGroup
          label={notice?.expiresAt ? '有效期（重新设置）' : '有效期'}
          options={EXPIRY_CHOICES}
          value={String(form.expiresInDays)}
          onChange={(value) => set({ expiresInDays: Number(value) })}
        />
      </Card>
      <Card title="图片和附件">
        <PhotoPicker {...field('images')} max={NOTICE_IMAGES_MAX} label="通知图片" upload={upload} />
        <AttachmentPicker {...field('attachments')} max={NOTICE_ATTACHMENTS_MAX} />
      </Card>
      {!withdrawn ? (
        <EditorActions busy={editor.busy} save={notice ? '保存修改' : '发布'} onSave={save}>
          {notice ? (
            <BigButton kind="secondary" block onClick={() => void withdraw()}>
              撤回通知
            </BigButton>
          ) : null}
        </EditorActions>
      ) : null}
    </>
  )
  // Editing: the notice first (loading, or why it could not be read); new: the empty form at once.
  return <PageRoot>{id ? <Loaded state={editor}>{() => page}</Loaded> : page}</PageRoot>
}
