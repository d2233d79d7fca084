import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { BuildingView } from '@core/contract'
import { BUILDING_NAME_MAX } from '@core/rules/buildings'
import { BigButton, ButtonRow } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { PageRoot } from '../../features/elder/PageRoot'
import { useBuildingsEditor } from '../../features/buildings/useBuildingsEditor'
import { announce, confirmAction } from '../../shared/confirm'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

type Editor = ReturnType<typeof useBuildingsEditor>

/** One building of the list: its units and groups, and 修改单元 in place. */
function BuildingRow({ item, editor }: { item: BuildingView; editor: Editor }) {
  const [units, setUnits] = useState<string | null>(null)
  return (
    <View className="hl-buildings__row">
      <Text className="hl-buildings__name">{item.id}</Text>
      <Text className="hl-note">单元：{item.units.length ? item.units.join('、') : '（不分单元）'}</Text>
      <Text className="hl-note">党小组：{item.groups.length ? item.groups.map((g) => g.name).join('、') : '还没有党小组负责'}</Text>
      {units === null ? (
        <BigButton kind="plain" onClick={() => setUnits(item.units.join('、'))}>
          修改单元
        </BigButton>
      ) : (
        <>
          <FormField
            label={`${item.id}的单元（用顿号分隔）`}
            value={units}
            onChange={setUnits}
            maxLength={300}
            placeholder="如 1单元、2单元"
          />
          <ButtonRow>
            <BigButton kind="secondary" onClick={() => setUnits(null)}>
              取消
            </BigButton>
            <BigButton
              busy={editor.busyWith === `save:${item.id}` || undefined}
              onClick={() =>
                void editor.save(item.id, units).then(async (outcome) => {
                  if (await announce(outcome, '已保存单元', '没有保存成功')) setUnits(null)
                })
              }
            >
              保存
            </BigButton>
          </ButtonRow>
        </>
      )}
    </View>
  )
}

/** 整理手写楼栋: what people typed before the list, matched to it; rewritten only after 确认. */
function MigrationCard({ editor }: { editor: Editor }) {
  const { report } = editor
  const matchedRecords = report?.matched.reduce((sum, m) => sum + m.records, 0) ?? 0
  const commit = async () => {
    if (!(await confirmAction('改写楼栋', `把 ${matchedRecords} 条记录中手写的楼栋改为列表中的楼栋？改写会记入操作记录。`, '改写'))) return
    await announce(await editor.migrate(true), (data) => `已改写 ${data.written} 条记录`, '没有改写成功')
  }
  return (
    <Card title="整理手写楼栋">
      <Text className="hl-note">
        居民和党员以前手写的楼栋（如“3号楼”“3 幢”）会对应到列表中的楼栋，通知和本楼栋排行才能找到他们。先检查，确认后再改写。
      </Text>
      <BigButton
        kind="secondary"
        block
        busy={editor.busyWith === 'check' || undefined}
        onClick={() => void editor.migrate(false).then((o) => (o.ok ? undefined : announce(o, '', '没有检查成功')))}
      >
        检查手写楼栋
      </BigButton>
      {report ? (
        <View className="hl-buildings__report" aria-live="polite">
          {report.committed ? <Text className="hl-buildings__done">✓ 已改写 {report.written} 条记录</Text> : null}
          {!report.matched.length && !report.unmatched.length ? <Text>所有楼栋都已在列表中，不需要整理。</Text> : null}
          {report.matched.map((m) => (
            <Text key={m.from} className="hl-buildings__line">
              “{m.from}” → {m.to}（{m.records} 条）
            </Text>
          ))}
          {report.unmatched.map((u) => (
            <Text key={u.text} className="hl-buildings__line">
              “{u.text}” 对不上列表中的楼栋（{u.records} 条）：请先添加这个楼栋，或请本人重新选择
            </Text>
          ))}
          {!report.committed && report.matched.length ? (
            <BigButton block busy={editor.busyWith === 'migrate' || undefined} onClick={() => void commit()}>
              {`确认改写 ${matchedRecords} 条记录`}
            </BigButton>
          ) : null}
        </View>
      ) : null}
    </Card>
  )
}

export default function BuildingsPage() {
  const editor = useBuildingsEditor()
  const [name, setName] = useState('')
  const [units, setUnits] = useState('1单元、2单元、3单元')
  usePullToReload(editor.list.reload)

  const add = async () => {
    const outcome = await editor.save(name, units)
    if (await announce(outcome, (data) => (data.created ? `已添加 ${data.id}` : `${data.id} 已在列表中，已更新单元`), '没有添加成功'))
      setName('')
  }

  return (
    <PageRoot>
      <Text className="hl-buildings__intro">
        居民登记、修改联系方式时从这里的楼栋中选择；按楼栋发通知、办活动和本楼栋排行都以它为准。楼栋由党小组负责，在“组织架构”中设置。
      </Text>
      <Card title="添加楼栋">
        <FormField
          label="楼栋名称"
          value={name}
          onChange={setName}
          maxLength={BUILDING_NAME_MAX}
          placeholder="如 琼林苑7栋"
          hint="“7号楼”“7幢”都会记为“7栋”"
        />
        <FormField label="单元（用顿号分隔）" optional value={units} onChange={setUnits} maxLength={300} />
        <BigButton block busy={editor.busyWith === 'save' || undefined} disabled={!name.trim()} onClick={() => void add()}>
          添加楼栋
        </BigButton>
      </Card>
      <MigrationCard editor={editor} />
      <Card title="社区的楼栋">
        <Loaded
          state={editor.list}
          inline
          empty={(data) => !data.items.length && { title: '还没有楼栋', description: '请先在上面添加社区的楼栋。' }}
        >
          {({ items }) => (
            <View>
              {items.map((item) => (
                <BuildingRow key={item.id} item={item} editor={editor} />
              ))}
            </View>
          )}
        </Loaded>
      </Card>
    </PageRoot>
  )
}
