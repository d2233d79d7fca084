import type { OrgNode } from '@core/contract'
import type { Reply } from '@core/envelope'
import type { OrgLevel } from '@core/roles'
import { fetchOrgHistory, setSecretaryRole, upsertOrg } from '../../services/roster'
import { afterOk, type Outcome } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'

/** 组织架构 writes for one node (admin only); each success reloads the tree via `onChanged`. Writes answer a note for the admin ('' when there is nothing to add). */
export function useOrgEditor(node: OrgNode | null, onChanged: () => Promise<void>) {
  const write = useWrite()
  const history = useLoad(node ? `history:${node.id}` : null, () => fetchOrgHistory(node?.id ?? ''))

  const change = <D>(send: () => Promise<Reply<D>>, note: (data: D) => string = () => ''): Promise<Outcome<string>> =>
    write.run(async () =>
      afterOk(await send(), async (data) => {
        await Promise.all([onChanged(), history.reload()])
        return note(data)
      }),
    )

  const update = (patch: { name?: string; parentId?: string; buildings?: string[] }) =>
    node && node.parentId
      ? change(
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
      : Promise.resolve<Outcome<string>>({ ok: false, error: { code: 'COMMON.FORBIDDEN', message: '社区党委不能改名或移动' } })

  return {
    busy: write.busy,
    history,
    rename: (name: string) => update({ name }),
    move: (parentId: string) => update({ parentId }),
    setBuildings: (buildings: string[]) => update({ buildings }),
    createChild: (name: string, level: OrgLevel) => change(() => upsertOrg({ name, level, parentId: node?.id ?? '', buildings: [] })),
    setSecretary: (memberId: string, grant: boolean) => change(() => setSecretaryRole({ memberId, orgId: node?.id ?? '', grant })),
  }
}
