import { ProblemWallItem } from '../../features/community/ProblemWallItem'
import { useProblemWall } from '../../features/community/useTickets'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'

/** 问题墙: problems residents raised that have been solved, newest first (names masked). */
export default function ProblemWallPage() {
  const list = useProblemWall()
  usePullToReload(list.reload)
  return (
    <PageRoot>
      <Loaded list={list} empty={{ title: '问题墙上还没有内容', description: '诉求办结后会在这里公开。' }}>
        {(items) => items.map((item) => <ProblemWallItem key={item.id} item={item} />)}
      </Loaded>
    </PageRoot>
  )
}
