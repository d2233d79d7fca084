import { Text, View } from '@tarojs/components'
import { Card } from '../../components/Card'
import { PageLink } from '../../components/PageLink'
import type { TodoLine } from './useTodoCounts'
import './TodoCard.scss'

const BINDING_REQUESTS_PAGE = '/admin/binding-requests/index'

/** No-break spaces keep 「2 条」 on one line in large type. */
const countText = (count: number, more = false) => `${count}\u00a0条${more ? '以上' : ''}`

interface Props {
  lines: TodoLine[]
  /** The binding requests (their own store, shared with the approvals page): count and 20+. */
  bindings: { count: number | null; more: boolean }
  loading: boolean
  failed: boolean
  onRetry: () => void
}

/**
 * 首页, for secretaries and admins only: 待办 — how many of each thing wait for them, each line
 * opening the list where it is handled. Says 暂无待办 when nothing waits.
 */
export function TodoCard({ lines, bindings, loading, failed, onRetry }: Props) {
  const all = [
    ...(bindings.count
      ? [{ key: 'bindings', label: '待审核的绑定申请', text: countText(bindings.count, bindings.more), url: BINDING_REQUESTS_PAGE }]
      : []),
    ...lines.map((line) => ({ key: line.key, label: line.label, text: countText(line.count), url: line.url })),
  ]
  return (
    <Card title="待办">
      <View data-testid="todo-card">
        {all.map((line) => (
          <PageLink key={line.key} url={line.url} className="hl-todo__line" hoverClass="hl-todo__line--pressed">
            <Text className="hl-todo__label">{`${line.label}\u00a0${line.text}`}</Text>
            <Text className="hl-todo__go">去处理 ›</Text>
          </PageLink>
        ))}
        {!all.length && !loading && !failed ? <Text className="hl-todo__none">暂无待办，辛苦了。</Text> : null}
        {loading && !all.length ? <Text className="hl-todo__none">正在查看待办…</Text> : null}
        {failed ? (
          <View className="hl-todo__failed" aria-role="alert">
            <Text className="hl-todo__none">有的待办没有读取成功</Text>
            <Text className="hl-link" aria-role="button" onClick={onRetry}>
              重试
            </Text>
          </View>
        ) : null}
      </View>
    </Card>
  )
}
