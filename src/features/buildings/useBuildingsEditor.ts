import { useState } from 'react'
import type { BuildingMigrationReport } from '@core/contract'
import { migrateBuildings, upsertBuilding } from '../../services/members'
import { afterOk, type Outcome } from '../../shared/outcome'
import { useWrite } from '../../shared/useWrite'
import { useBuildings } from './useBuildings'

/** Units typed in one box: 1单元、2单元 (or 1,2,3). */
export function unitsOf(text: string): string[] {
  return text.split(/[、,，;；\s]+/).filter(Boolean)
}

/** 楼栋与单元 (committee): the list, saving a building, and matching free-text buildings to it. */
export function useBuildingsEditor() {
  const list = useBuildings()
  const write = useWrite()
  const [report, setReport] = useState<BuildingMigrationReport | null>(null)

  const save = (name: string, units: string): Promise<Outcome<{ id: string; created: boolean }>> =>
    write.run(
      async () =>
        afterOk(await upsertBuilding({ name, units: unitsOf(units) }), async (data) => {
          await list.reload()
          return { id: data.building.id, created: data.created }
        }),
      name ? `save:${name}` : 'save',
    )

  const migrate = (commit: boolean): Promise<Outcome<BuildingMigrationReport>> =>
    write.run(
      async () =>
        afterOk(await migrateBuildings(commit), async (data) => {
          setReport(data)
          if (commit) await list.reload()
          return data
        }),
      commit ? 'migrate' : 'check',
    )

  return { list, busyWith: write.busyWith, save, migrate, report }
}
