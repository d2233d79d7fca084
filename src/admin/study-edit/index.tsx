import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, STUDY_TOPICS } from '@core/study/rules'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { PageState } from '../../components/PageState'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction, tellProblem, toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { FileField } from '../../features/study/FileField'
import { KIND_ICONS } from '../../features/study/labels'
import { checkMaterialForm, emptyMaterialForm, formFromMaterial, type MaterialFormValues } from '../../features/study/materialForm'
import { useMaterialEditor } from '../../features/study/useManageStudy'
import '../notices-edit/index.scss'

/** Add or edit a study material (文章 / 音频 / PDF), or take it down (下架). */
export default function StudyEditPage() {
  const id = useRouter().params.id || null
  const editor = useMaterialEditor(id)
  const [form, setForm] = useState<MaterialFormValues>(emptyMaterialForm)
  const set = (patch: Partial<MaterialFormValues>) => setForm((current) => ({ ...current, ...patch }))
  const { material } = editor

  useEffect(() => {
    if (material) setForm(formFromMaterial(material))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refill the form only when another version arrives, not on every reload
  }, [material?.id, material?.version])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '修改学习资料' : '新增学习资料' })
  }, [id])

  if (id && !material) {
    return (
      <PageRoot>
        {editor.error ? <PageState kind="error" message={editor.error.message} onRetry={editor.reload} /> : <PageState kind="loading" />}
      </PageRoot>
    )
  }

  const save = async (archived = form.archived) => {
    const checked = checkMaterialForm({ ...form, archived })
    if (!checked.fields) return tellProblem('还不能保存', checked.problem ?? '')
    const outcome = await editor.save(checked.fields)
    if (!outcome.ok) {
      if (outcome.error.code === 'COMMON.CONFLICT') {
        if (await confirmAction('资料已被他人修改', '重新加载后再修改，您刚才填写的内容不会保存。', '重新加载')) await editor.reload()
        return
      }
      return tellProblem('没有保存成功', outcome.error.message)
    }
    toastDone(archived !== form.archived ? (archived ? '已下架' : '已重新上架') : '已保存')
    if (!material) void Taro.redirectTo({ url: `/admin/study-edit/index?id=${outcome.id}` })
  }

  const toggleArchived = async () => {
    if (!material) return
    if (!form.archived && !(await confirmAction('下架这份资料？', `下架后党员将看不到「${material.title}」，已有的学习记录保留。`, '下架')))
      return
    await save(!form.archived)
  }

  return (
    <PageRoot>
      {form.archived ? <Text className="hl-notice-edit__withdrawn">这份资料已下架，党员看不到了。</Text> : null}
      <Card title={material ? '修改资料' : '新资料'}>
        <FormField label="标题" value={form.title} onChange={(title) => set({ title })} maxLength={60} placeholder="例如：党章第一章学习" />
        <ChipGroup
          label="类型"
          options={MATERIAL_KINDS.map((kind) => ({ value: kind, label: `${KIND_ICONS[kind]} ${MATERIAL_KIND_LABELS[kind]}` }))}
          value={form.kind}
          onChange={(kind) => set({ kind })}
        />
        <ChipGroup
          label="专题"
          options={STUDY_TOPICS.map((topic) => ({ value: topic, label: topic }))}
          value={form.topic}
          onChange={(topic) => set({ topic })}
        />
        <FormField
          label="简介"
          optional
          value={form.summary}
          onChange={(summary) => set({ summary })}
          maxLength={200}
          placeholder="一句话说明学什么"
        />
        <FormField
          label="学习时长（分钟）"
          value={form.durationMinutes}
          onChange={(durationMinutes) => set({ durationMinutes })}
          maxLength={3}
          hint="填数字，大约学完需要多少分钟，显示在列表里"
        />
      </Card>
      <Card title={form.kind === 'article' ? '正文' : '正文（选填）'}>
        <View className="hl-notice-edit__field">
          <Textarea
            className="hl-notice-edit__body"
            value={form.body}
            maxlength={5000}
            autoHeight
            aria-label="正文"
            placeholder="每一行是一段；用 **两个星号** 把要加粗的字括起来"
            onInput={(event) => set({ body: event.detail.value })}
          />
          <Text className="hl-notice-edit__hint">换行分段；**加粗**。文章可以同时上传一段朗读音频。</Text>
        </View>
      </Card>
      <Card title="文件">
        <FileField
          kind="audio"
          value={form.audioFileId}
          onChange={(audioFileId) => set({ audioFileId })}
          required={form.kind === 'audio'}
        />
        {form.kind !== 'audio' ? (
          <FileField kind="pdf" value={form.pdfFileId} onChange={(pdfFileId) => set({ pdfFileId })} required={form.kind === 'pdf'} />
        ) : null}
      </Card>
      <View className="hl-notice-edit__actions">
        <BigButton block busy={editor.busy || undefined} onClick={() => void save()}>
          {material ? '保存修改' : '保存资料'}
        </BigButton>
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
      </View>
    </PageRoot>
  )
}
