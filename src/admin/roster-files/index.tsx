import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { useMe } from '../../features/members/useMe'
import { ImportReportView } from '../../features/roster/ImportReportView'
import { useRosterFiles } from '../../features/roster/useRosterFiles'
import './index.scss'

const phoneOptions: Array<{ value: 'masked' | 'full'; label: string }> = [
  { value: 'masked', label: '打码（138****1234）' },
  { value: 'full', label: '显示完整手机号' },
]

export default function RosterFilesPage() {
  const me = useMe()
  const files = useRosterFiles()
  const [phones, setPhones] = useState<'masked' | 'full'>('masked')
  const isAdmin = me.data?.role === 'admin'
  const { report } = files
  // Until I am known: the ladder alone (kept as a guard so the screen below stays as it is).
  if (!me.data) {
    return (
      <PageRoot>
        <Loaded state={me}>{() => null}</Loaded>
      </PageRoot>
    )
  }

  const importValidRows = async () => {
    if (!report) return
    const ok = await confirmAction(
      '仅导入有效行',
      `有问题的 ${report.invalid} 行不会导入，其余 ${report.new + report.changed} 人的新增或修改将写入花名册。确定吗？`,
      '导入',
    )
    if (ok) await files.commit(true)
  }

  const exportRoster = async () => {
    const full = isAdmin && phones === 'full'
    if (
      full &&
      !(await confirmAction(
        '导出完整手机号',
        '完整手机号属于个人信息。本次导出会记录在操作记录中（谁、何时导出）。请妥善保管文件，不要转发到群聊。',
        '导出',
      ))
    )
      return
    await files.exportRoster(full)
  }

  const writable = report && !report.committed && report.new + report.changed > 0

  return (
    <PageRoot>
      {files.error ? (
        <View className="hl-files__error" aria-role="alert">
          <Text>⚠ {files.error.message}</Text>
        </View>
      ) : null}

      {isAdmin ? (
        <Card title="导入花名册">
          <Text className="hl-files__text">1. 下载导入模板，按模板的列填写（第 1 行是列名，不要改动）。</Text>
          <BigButton kind="secondary" block busy={files.job === 'template' || undefined} onClick={() => void files.downloadTemplate()}>
            下载导入模板
          </BigButton>
          <Text className="hl-files__text">2. 选择填好的 Excel 文件（.xlsx）。先检查，确认后才会写入。</Text>
          <BigButton block busy={files.job === 'check' || undefined} onClick={() => void files.chooseAndCheck()}>
            {files.file ? '重新选择文件' : '选择 Excel 文件'}
          </BigButton>
          {report && files.file ? <ImportReportView report={report} fileName={files.file.name} /> : null}
          {writable && report.invalid === 0 ? (
            <BigButton block busy={files.job === 'commit' || undefined} onClick={() => void files.commit(false)}>
              确认导入
            </BigButton>
          ) : null}
          {writable && report.invalid > 0 ? (
            <View>
              <Text className="hl-files__text">请改正上面的问题后重新选择文件；也可以先导入没有问题的行。</Text>
              <BigButton kind="secondary" block busy={files.job === 'commit' || undefined} onClick={() => void importValidRows()}>
                仅导入有效行
              </BigButton>
            </View>
          ) : null}
        </Card>
      ) : null}

      <Card title="导出花名册">
        <Text className="hl-files__text">导出 {me.data.scope?.name ?? '我管理的范围'} 的党员（不含已归档），Excel 格式。</Text>
        {isAdmin ? (
          <>
            <ChipGroup label="手机号" options={phoneOptions} value={phones} onChange={setPhones} />
            {phones === 'full' ? <Text className="hl-files__warn">⚠ 导出完整手机号会被记录在操作记录中。</Text> : null}
          </>
        ) : (
          <Text className="hl-files__text">手机号中间四位以 **** 显示。</Text>
        )}
        <BigButton block busy={files.job === 'export' || undefined} onClick={() => void exportRoster()}>
          导出 Excel
        </BigButton>
        {files.exported ? (
          <Text className="hl-files__done">
            ✓ 已导出 {files.exported.rows} 人{files.exported.fullPhones ? '（完整手机号，已记录）' : '（手机号已打码）'}
          </Text>
        ) : null}
      </Card>
    </PageRoot>
  )
}
