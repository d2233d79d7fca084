import { useState } from 'react'
import type { OrgNode } from '@core/contract'
import type { AppError } from '@core/errors'
import type { OrgLevel } from '@core/roles'
import { fetchOrgHistory, setSecretaryRole, upsertOrg } from '../../services/roster'
import { useLoad } from '../../shared/useLoad'

type Outcome = { ok: true; note?: string } | { ok: false; error: AppError }

/** 组织架构 writes for one node (admin only); each success reloads the tree via `onChanged`. */
export function useOrgEditor(node: OrgNode | null, onChanged: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const history = useLoad(node ? `history:${node.id}` : null, () => fetchOrgHistory(node?.id ?? ''))

  const write = async <D>(
    send: () => Promise<{ ok: true; data: D } | { ok: false; error: AppError }>,
    note?: (data: D) => string,
  ): Promise<Outcome> => {
    setBusy(true)
    const reply = await send()
    if (reply.ok) await Promise.all([onChanged(), history.reload()])
    setBusy(false)
    return reply.ok ? { ok: true, note: note?.(reply.data) } : { ok: false, error: reply.error }
  }

  const update = (patch: { name?: string; parentId?: string; buildings?: string[] }) =>
    node && node.parentId
      ? write(
          () =>
            upsertOrg({
              orgId: node.id,
              name: patch.name ?? node.name,
              level: node.level,
              parentId: patch.parentId ?? node.parentId!,
              buildings: patch.buildings ?? node.buildings,
            }),
          (data) => (data.membersMoved ? `已更新 ${data.membersMoved} 名党员的所属组织` : ''),
        )
      : Promise.resolve<Outcome>({ ok: false, error: { code: 'COMMON.FORBIDDEN', message: '社区党委不能改名或移动' } })

  return {
    busy,
    history,
    rename: (name: string) => update({ name }),
    move: (parentId: string) => update({ parentId }),
    setBuildings: (buildings: string[]) => update({ buildings }),
    createChild: (name: string, level: OrgLevel) => write(() => upsertOrg({ name, level, parentId: node?.id ?? '', buildings: [] })),
    setSecretary: (memberId: string, grant: boolean) => write(() => setSecretaryRole({ memberId, orgId: node?.id ?? '', grant })),
  }
}
