import { NEED_STATUS_LABELS, NEED_STATUSES, type NeedStatus } from '@core/care/constants'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { tagsText } from '../../features/care/labels'
import { NeedActions } from '../../features/care/NeedActions'
import { useNeeds } from '../../features/care/useCare'
import { ChipGroup } from '../../shared/ChipGroup'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'

/** 需求清单: the elders' needs noted on visits in my scope — handle them, or turn them into a wish or a ticket. */
export default function CareNeedsPage() {
  const { status, setStatus, list, handle, convert, busyWith } = useNeeds()
  usePullToReload(list.reload)
  return (
    <PageRoot>
      <Card title="需求清单">
        <ChipGroup<NeedStatus>
          label="状态"
          options={NEED_STATUSES.map((value) => ({ value, label: NEED_STATUS_LABELS[value] }))}
          value={status}
          onChange={setStatus}
        />
      </Card>
      <Loaded
        list={list}
        empty={{ title: status === 'open' ? '没有待处理的需求' : `没有${NEED_STATUS_LABELS[status]}的需求`, description: '下拉可刷新。' }}
      >
        {(needs) =>
          needs.map((need) => (
            <Card key={need.id}>
              <RecordRow
                testId="care-need"
                tags={
                  <>
                    <Tag tone={need.status === 'open' ? 'red' : 'neutral'}>{NEED_STATUS_LABELS[need.status]}</Tag>
                    {need.tags.length ? <Tag>{tagsText(need.tags)}</Tag> : null}
                  </>
                }
                title={`${need.elderName} · ${need.building || '楼栋未登记'}`}
                text={need.text}
                lines={[
                  `${need.recordedByName}走访时记录 · ${formatBeijing(need.createdAt)}`,
                  need.handledNote ? `处理情况：${need.handledNote}（${need.handledByName ?? ''}）` : null,
                  need.linkedId ? `已转办：${need.linkedId}` : null,
                ]}
              />
              {need.status === 'open' ? (
                <NeedActions need={need} busy={busyWith === need.id} onHandle={handle} onConvert={convert} />
              ) : null}
            </Card>
          ))
        }
      </Loaded>
    </PageRoot>
  )
}
