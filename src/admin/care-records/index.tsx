import { VISIT_KIND_LABELS, VISIT_KINDS, type VisitKind } from '@core/care/constants'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { visitKindText, visitLines } from '../../features/care/labels'
import { useCareRecords } from '../../features/care/useCare'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageLoaded } from '../../shared/PageLoaded'

/** 关爱记录: visits, calls, 红色家访, 八个到家 and 两节慰问 in my scope, latest first. */
export default function CareRecordsPage() {
  const { kind, setKind, list } = useCareRecords()
  return (
    <PageRoot>
      <Card title="关爱记录">
        <ChipGroup<VisitKind | 'all'>
          label="类别"
          options={[{ value: 'all' as const, label: '全部' }, ...VISIT_KINDS.map((value) => ({ value, label: VISIT_KIND_LABELS[value] }))]}
          value={kind}
          onChange={setKind}
        />
      </Card>
      <PageLoaded list={list} empty={{ title: '还没有关爱记录', description: '走访、家访和慰问记录后会出现在这里。' }}>
        {(visits) => (
          <Card>
            {visits.map((visit) => (
              <RecordRow
                key={visit.id}
                testId="care-record"
                tags={<Tag>{visitKindText(visit)}</Tag>}
                title={`${visit.elderName} · ${visit.building || '楼栋未登记'}`}
                text={visit.text}
                lines={visitLines(visit)}
              />
            ))}
          </Card>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
