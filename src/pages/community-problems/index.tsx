import { ProblemWallItem } from '../../features/community/ProblemWallItem'
import { useProblemWall } from '../../features/community/useTickets'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'

/** 问题墙: problems residents raised that have been solved, newest first (names masked). */
export default function ProblemWallPage() {
  const list = useProblemWall()
  return (
    <PageRoot>
      <PageLoaded list={list} empty={{ title: '问题墙上还没有内容', description: '诉求办结后会在这里公开。' }}>
        {(items) => items.map((item) => <ProblemWallItem key={item.id} item={item} />)}
      </PageLoaded>
    </PageRoot>
  )
}
