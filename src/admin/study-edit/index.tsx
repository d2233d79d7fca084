import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, STUDY_TOPICS } from '@core/study/rules'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction, settleSave, tellProblem, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { FileField } from '../../features/study/FileField'
import { KIND_ICONS } from '../../features/study/labels'
import { BodyField } from '../../features/notices/BodyField'
import { checkMaterialForm } from '../../features/study/materialForm'
import { useMaterialEditor } from '../../features/study/useManageStudy'
import { EditorActions } from '../../shared/EditorActions'
import '../../shared/editor.scss'
import { useRouteId } from '../../shared/useRouteId'

/** Add or edit a study material (文章 / 音频 / PDF), or take it down (下架). */
export default function StudyEditPage() {
  const id = useRouteId()
  const editor = useMaterialEditor(id)
  const { material, form, field } = editor
  const save = async (archived = form.archived) => {
    const checked = checkMaterialForm({ ...form, archived })
    if (!checked.fields) return tellProblem('还不能保存', checked.problem ?? '')
    const savedId = await settleSave(
      await editor.save(checked.fields),
      { title: '资料已被他人修改', reload: editor.reload },
      '没有保存成功',
    )
    if (!savedId) return
    toastDone(archived !== form.archived ? (archived ? '已下架' : '已重新上架') : '已保存')
    if (!material) void Taro.redirectTo({ url: `/admin/study-edit/index?id=${savedId}` })
  }

  const toggleArchived = async () => {
    if (!material) return
    if (!form.archived && !(await confirmAction('下架这份资料？', `下架后党员将看不到「${material.title}」，已有的学习记录保留。`, '下架')))
      return
    await save(!form.archived)
  }

  const page = (
    <>
      {form.archived ? <Text className="hl-editor__banner">这份资料已下架，党员看不到了。</Text> : null}
      <Card title={material ? '修改资料' : '新资料'}>
        <FormField label="标题" {...field('title')} maxLength={60} placeholder="例如：党章第一章学习" />
        <ChipGroup
          label="类型"
          options={MATERIAL_KINDS.map((kind) => ({ value: kind, label: `${KIND_ICONS[kind]} ${MATERIAL_KIND_LABELS[kind]}` }))}
          {...field('kind')}
        />
        <ChipGroup label="专题" options={STUDY_TOPICS.map((topic) => ({ value: topic, label: topic }))} {...field('topic')} />
        <FormField label="简介" optional {...field('summary')} maxLength={200} placeholder="一句话说明学什么" />
        <FormField label="学习时长（分钟）" {...field('durationMinutes')} maxLength={3} hint="填数字，大约学完需要多少分钟，显示在列表里" />
      </Card>
      <Card title={form.kind === 'article' ? '正文' : '正文（选填）'}>
        <BodyField hideLabel {...field('body')} hint="换行分段；**加粗**。文章可以同时上传一段朗读音频。" />
      </Card>
      <Card title="文件">
        <FileField kind="audio" {...field('audioFileId')} required={form.kind === 'audio'} />
        {form.kind !== 'audio' ? <FileField kind="pdf" {...field('pdfFileId')} required={form.kind === 'pdf'} /> : null}
      </Card>
      <EditorActions busy={editor.busy} save={material ? '保存修改' : '保存资料'} onSave={save}>
        {material ? (
          <BigButton kind="secondary" block onClick={() => void toggleArchived()}>
            {form.archived ? '重新上架' : '下架资料'}
          </BigButton>
        ) : null}
        {material && !form.archived ? (
          <BigButton kind="plain" block onClick={() => void Taro.navigateTo({ url: `/admin/study-assign/index?id=${material.id}` })}>
            指派给支部或党员
          </BigButton>
        ) : null}
      </EditorActions>
    </>
  )
  // Editing: the material first (loading, or why it could not be read); new: the empty form at once.
  return <PageRoot>{id ? <Loaded state={editor}>{() => page}</Loaded> : page}</PageRoot>
}
