import { Text, View } from '@tarojs/components'
import './index.scss'

export interface BarSeries {
  label: string
  /** Shade of the series' bars; the legend's words and each bar's number carry the meaning. */
  tone?: 'red' | 'gold' | 'grey'
}

export interface BarRow {
  label: string
  /** One value per series, in the series' order. */
  values: number[]
  /** A mark on the scale (a target, a requirement), drawn as a line and said in words. */
  target?: number
  /** Shown after the numbers: 「未达标」, 「缺 1 次」… */
  note?: string
}

export interface BarChartProps {
  /** What the chart shows, in a sentence (also the start of what a screen reader hears). */
  title: string
  series: BarSeries[]
  rows: BarRow[]
  /** How a value is written: 「12 次」, 「3.5 学时」. */
  format?: (value: number) => string
  targetLabel?: string
  testId?: string
}

/**
 * A small horizontal bar chart made of Views, the same in the mini-program and in H5 (no canvas,
 * no chart library): one row per category, one bar per series, each with its number written next to
 * it, so the numbers are text for everyone (screen readers, elder mode) and the bars only repeat them.
 * The scale is the largest value or target.
 */
export function BarChart({ title, series, rows, format = String, targetLabel = '目标', testId }: BarChartProps) {
  const max = Math.max(1, ...rows.flatMap((row) => [...row.values, row.target ?? 0]))
  const said = rows
    .map((row) => {
      const values = row.values.map((value, i) => `${series[i]?.label ?? ''} ${format(value)}`).join('，')
      const target = row.target !== undefined ? `，${targetLabel} ${format(row.target)}` : ''
      return `${row.label}：${values}${target}${row.note ? `，${row.note}` : ''}`
    })
    .join('；')
  return (
    <View className="hl-bar-chart" data-testid={testId} aria-role="figure" aria-label={`${title}。${said}`}>
      {series.length > 1 ? (
        <View className="hl-bar-chart__legend" aria-hidden>
          {series.map((s) => (
            <View key={s.label} className="hl-bar-chart__legend-item">
              <View className={`hl-bar-chart__swatch hl-bar-chart__bar--${s.tone ?? 'red'}`} />
              <Text className="hl-bar-chart__legend-text">{s.label}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {rows.map((row) => (
        <View key={row.label} className="hl-bar-chart__row">
          <Text className="hl-bar-chart__label">{row.label}</Text>
          {row.values.map((value, i) => (
            <View key={i} className="hl-bar-chart__line">
              <View className="hl-bar-chart__track">
                <View
                  className={`hl-bar-chart__bar hl-bar-chart__bar--${series[i]?.tone ?? 'red'}`}
                  style={{ width: `${Math.round((Math.max(0, value) / max) * 100)}%` }}
                />
                {row.target !== undefined ? (
                  <View className="hl-bar-chart__target" style={{ left: `${Math.round((row.target / max) * 100)}%` }} />
                ) : null}
              </View>
              <Text className="hl-bar-chart__value">
                {series.length > 1 ? `${series[i]?.label ?? ''} ` : ''}
                {format(value)}
              </Text>
            </View>
          ))}
          {row.target !== undefined || row.note ? (
            <Text className="hl-bar-chart__note">
              {[row.target !== undefined ? `${targetLabel} ${format(row.target)}` : '', row.note ?? ''].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
