import { Text, View } from '@tarojs/components'
import type { ImportReport } from '@core/contract'
import './ImportReportView.scss'

/** What the check (or the import) found: counts, then every problem by row and column. */
export function ImportReportView({ report, fileName }: { report: ImportReport; fileName: string }) {
  const counts: Array<[string, number]> = [
    ['新增', report.new],
    ['修改', report.changed],
    ['无变化', report.unchanged],
    ['有问题', report.invalid],
  ]
  let verdict: string
  if (report.committed)
    verdict = `已导入：写入 ${report.written} 人${report.conflicts ? `，${report.conflicts} 人因别人刚修改过而跳过，请重新导入` : ''}`
  else if (report.invalid || report.issues.length)
    verdict = `发现 ${report.issues.length} 个问题（${report.invalid} 行），还没有写入任何数据`
  else if (report.new + report.changed === 0) verdict = '文件中的党员都已在花名册中，无需导入'
  else verdict = '文件检查通过，还没有写入，请确认导入'

  return (
    <View className="hl-import-report">
      <Text className="hl-note">
        文件：{fileName}（共 {report.rows} 行）
      </Text>
      <Text className={report.committed ? 'hl-import-report__verdict hl-import-report__verdict--done' : 'hl-import-report__verdict'}>
        {report.committed ? '✓ ' : report.issues.length ? '⚠ ' : ''}
        {verdict}
      </Text>
      <View className="hl-import-report__counts">
        {counts.map(([label, count]) => (
          <View key={label} className="hl-import-report__count">
            <Text className="hl-title">{count}</Text>
            <Text className="hl-import-report__label">{label}</Text>
          </View>
        ))}
      </View>
      {report.issues.length ? (
        <View className="hl-import-report__table" aria-label="问题列表">
          <View className="hl-import-report__row hl-import-report__row--head">
            <Text className="hl-import-report__cell hl-import-report__cell--row">行</Text>
            <Text className="hl-import-report__cell hl-import-report__cell--col">列</Text>
            <Text className="hl-import-report__cell">问题</Text>
          </View>
          {report.issues.map((issue, index) => (
            <View key={`${issue.row}-${issue.column}-${index}`} className="hl-import-report__row">
              <Text className="hl-import-report__cell hl-import-report__cell--row">第 {issue.row} 行</Text>
              <Text className="hl-import-report__cell hl-import-report__cell--col">{issue.column ?? '整行'}</Text>
              <Text className="hl-import-report__cell">{issue.message}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
