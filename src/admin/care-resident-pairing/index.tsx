import { Text } from '@tarojs/components'
import { useState } from 'react'
import type { HelperCandidate, ResidentForPairing } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { BuildingChips } from '../../features/buildings/BuildingChips'
import { useBuildings } from '../../features/buildings/useBuildings'
import { useResidentPairing } from '../../features/care/useCare'
import { HelperSearch } from '../../features/care/HelperSearch'
import { FormNotice, SubmitBar } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { confirmAction, toastDone } from '../../shared/confirm'
import { usePullToReload } from '../../shared/usePullToReload'

/**
 * 居民一对一帮扶: pair an elderly resident (not on the Party roster) with a helper, who can then visit
 * them and redeem their points for them (recorded as by the helper), or end the pairing. Audited.
 */
export default function ResidentPairingPage() {
  const buildings = useBuildings()
  const [building, setBuilding] = useState<string | null>(null)
  const { load, save, busyWith } = useResidentPairing(building)
  const [resident, setResident] = useState<ResidentForPairing | null>(null)
  const [helper, setHelper] = useState<HelperCandidate | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  usePullToReload(async () => {
    await Promise.all([buildings.reload(), building ? load.reload() : Promise.resolve()])
  })

  const pair = async () => {
    if (!resident || !helper) return setProblem('请选择居民和结对党员')
    if (!(await confirmAction('安排结对', `由${helper.name}一对一帮扶${resident.name}？`, '结对'))) return
    const outcome = await save(resident.id, helper.id)
    if (!outcome.ok) return setProblem(outcome.error.message)
    setProblem(null)
    setResident(null)
    toastDone('已结对')
  }
  const unpair = async (person: ResidentForPairing) => {
    if (!(await confirmAction('解除结对', `解除${person.helperName}与${person.name}的结对？解除后不能再代为办理。`, '解除'))) return
    const outcome = await save(person.id, null)
    if (outcome.ok) toastDone('已解除')
    else setProblem(outcome.error.message)
  }

  return (
    <PageRoot>
      <Card title="选择楼栋">
        <BuildingChips buildings={buildings} value={building} onChange={setBuilding} />
      </Card>
      {resident ? (
        <Card title={`为${resident.name}安排结对党员`}>
          <HelperSearch value={helper?.id ?? null} onChange={setHelper} />
          <SubmitBar problem={problem} busy={busyWith === resident.id} label="结对" onSubmit={pair} />
          <BigButton kind="secondary" block onClick={() => setResident(null)}>
            取消
          </BigButton>
        </Card>
      ) : null}
      {building ? (
        <Loaded state={load} empty={(data) => !data.items.length && { title: '这个楼栋还没有登记的居民' }}>
          {(data) => (
            <Card title={`${data.building}的居民`}>
              <FormNotice message={resident ? null : problem} />
              {data.items.map((person) => (
                <RecordRow
                  key={person.id}
                  testId="pairing-resident"
                  tags={person.helperName ? <Tag tone="red">已结对</Tag> : <Tag>未结对</Tag>}
                  title={`${person.name} · ${person.unit}`}
                  lines={[person.helperName ? `结对党员：${person.helperName}` : null]}
                  actions={
                    person.helperName ? (
                      <BigButton kind="secondary" busy={busyWith === person.id} onClick={() => void unpair(person)}>
                        解除结对
                      </BigButton>
                    ) : (
                      <BigButton kind="secondary" onClick={() => (setResident(person), setHelper(null))}>
                        安排结对
                      </BigButton>
                    )
                  }
                />
              ))}
            </Card>
          )}
        </Loaded>
      ) : (
        <Text className="hl-text">先选择楼栋，再为高龄居民安排结对党员。</Text>
      )}
    </PageRoot>
  )
}
