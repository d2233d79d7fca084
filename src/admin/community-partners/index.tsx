import { Text } from '@tarojs/components'
import { useState } from 'react'
import { PARTNER_TYPES } from '@core/community/partners'
import { beijingDay } from '@core/time'
import type { Outcome } from '../../shared/outcome'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { DateField, FormField, TextAreaField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { PageRoot } from '../../features/elder/PageRoot'
import { usePartnerDesk, type UnitDraft } from '../../features/govern/usePartners'
import { ChipGroup } from '../../shared/ChipGroup'
import { confirmAction } from '../../shared/confirm'
import { FormNotice, SubmitBar } from '../../shared/FormNotice'
import { Loaded } from '../../shared/Loaded'
import { useDraft } from '../../shared/useDraft'
import { useProblemLine } from '../../shared/useProblemLine'
import { usePullToReload } from '../../shared/usePullToReload'

const EMPTY_UNIT: UnitDraft = { name: '', type: '企业', contactName: '', contactPhone: '', partyOrg: '', resources: '', needs: '' }

function UnitForm({ busy, save }: { busy: boolean; save: (d: UnitDraft) => Promise<Outcome<unknown>> }) {
  const { draft, setDraft, bind } = useDraft(EMPTY_UNIT)
  const { problem, settle } = useProblemLine()
  return (
    <Card title="登记共建单位">
      <FormField label="单位名称" {...bind('name')} maxLength={40} />
      <ChipGroup label="类型" options={PARTNER_TYPES.map((t) => ({ value: t, label: t }))} {...bind('type')} />
      <FormField label="联系人" {...bind('contactName')} maxLength={20} />
      <FormField label="联系电话" type="number" {...bind('contactPhone')} maxLength={11} />
      <FormField label="单位党组织（可不填）" optional {...bind('partyOrg')} maxLength={40} />
      <TextAreaField label="资源清单（每行一项）" size="short" {...bind('resources')} maxLength={400} />
      <TextAreaField label="需求清单（每行一项）" size="short" {...bind('needs')} maxLength={400} />
      <SubmitBar
        problem={problem}
        busy={busy}
        label="保存单位"
        onSubmit={() => save(draft).then((o) => settle(o, '已登记') && setDraft(EMPTY_UNIT))}
      />
    </Card>
  )
}

function ProjectForm({
  units,
  busy,
  save,
}: {
  units: Array<{ id: string; name: string }>
  busy: boolean
  save: ReturnType<typeof usePartnerDesk>['saveProject']
}) {
  const [unitId, setUnitId] = useState(units[0]?.id ?? '')
  const [title, setTitle] = useState('')
  const [resource, setResource] = useState('')
  const [need, setNeed] = useState('')
  const [activityId, setActivityId] = useState('')
  const { problem, settle } = useProblemLine()
  if (!units.length) return null
  return (
    <Card title="对接共建项目">
      <ChipGroup label="共建单位" options={units.map((u) => ({ value: u.id, label: u.name }))} value={unitId} onChange={setUnitId} />
      <FormField label="项目名称" value={title} maxLength={40} onChange={setTitle} />
      <FormField label="对接的资源" value={resource} maxLength={40} onChange={setResource} />
      <FormField label="对接的需求" value={need} maxLength={40} onChange={setNeed} />
      <FormField label="共建活动编号（可不填）" optional value={activityId} maxLength={64} onChange={setActivityId} />
      <FormNotice message={problem} />
      <BigButton
        block
        busy={busy}
        onClick={() =>
          void save({ title: title.trim(), unitId, resource: resource.trim(), need: need.trim(), activityId: activityId.trim() }).then(
            (o) => settle(o, '项目已登记'),
          )
        }
      >
        保存项目
      </BigButton>
    </Card>
  )
}

/** 共建单位代表: the committee names who rates for a unit in a 述职评议 (by the phone they registered with). */
function RepresentativeForm({
  units,
  busy,
  save,
}: {
  units: Array<{ id: string; name: string; representativeName: string | null }>
  busy: boolean
  save: ReturnType<typeof usePartnerDesk>['setRepresentative']
}) {
  const [unitId, setUnitId] = useState(units[0]?.id ?? '')
  const [phone, setPhone] = useState('')
  const { problem, settle } = useProblemLine()
  if (!units.length) return null
  const unit = units.find((u) => u.id === unitId)
  const clear = async () => {
    if (!(await confirmAction('取消指定', `取消后「${unit?.name ?? ''}」的代表不再参加之后发起的述职评议。确定取消吗？`, '取消指定')))
      return
    settle(await save(unitId, null), '已取消指定')
  }
  return (
    <Card title="共建单位代表">
      <Text className="hl-govern__muted">单位代表参加书记述职评议（匿名投票）。请代表先在小程序登记，再按登记的手机号指定。</Text>
      {units.map((u) => (
        <InfoRow key={u.id} label={u.name}>
          {u.representativeName ?? '未指定'}
        </InfoRow>
      ))}
      <ChipGroup label="共建单位" options={units.map((u) => ({ value: u.id, label: u.name }))} value={unitId} onChange={setUnitId} />
      <FormField label="代表登记的手机号" type="number" value={phone} maxLength={11} onChange={setPhone} />
      <SubmitBar
        problem={problem}
        busy={busy}
        label="指定代表"
        onSubmit={() => save(unitId, phone.trim()).then((o) => settle(o, '已指定代表') && setPhone(''))}
      />
      {unit?.representativeName ? (
        <BigButton kind="secondary" block busy={busy} onClick={() => void clear()}>
          取消指定
        </BigButton>
      ) : null}
    </Card>
  )
}

function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
}

function MeetingForm({ busy, save }: { busy: boolean; save: ReturnType<typeof usePartnerDesk>['saveMeeting'] }) {
  const [heldOn, setHeldOn] = useState(beijingDay(new Date()))
  const [attendees, setAttendees] = useState('')
  const [minutes, setMinutes] = useState('')
  const { problem, settle } = useProblemLine()
  return (
    <Card title="记录党建联席会议">
      <DateField label="会议日期" value={heldOn} onChange={setHeldOn} />
      <Text className="hl-govern__muted">{`计入 ${quarterOf(heldOn)}（每季度一条，再次保存为修改）`}</Text>
      <TextAreaField label="参会人员（每行一位：姓名 单位）" size="short" value={attendees} maxLength={800} onChange={setAttendees} />
      <TextAreaField label="会议纪要" value={minutes} maxLength={2000} onChange={setMinutes} />
      <FormNotice message={problem} />
      <BigButton
        block
        busy={busy}
        onClick={() =>
          void save({ quarter: quarterOf(heldOn), heldOn, attendees, minutes: minutes.trim() }).then((o) => settle(o, '已记录'))
        }
      >
        保存会议记录
      </BigButton>
    </Card>
  )
}

function PostForm({
  busy,
  save,
  log,
}: {
  busy: boolean
  save: ReturnType<typeof usePartnerDesk>['savePost']
  log: ReturnType<typeof usePartnerDesk>['logHours']
}) {
  const [title, setTitle] = useState('')
  const [place, setPlace] = useState('')
  const [slots, setSlots] = useState('5')
  const [memberId, setMemberId] = useState('')
  const [minutes, setMinutes] = useState('60')
  const { problem, settle } = useProblemLine()
  return (
    <Card title="在职党员服务岗位">
      <FormField label="岗位名称" value={title} maxLength={30} onChange={setTitle} />
      <FormField label="地点" value={place} maxLength={40} onChange={setPlace} />
      <FormField label="名额" type="number" value={slots} maxLength={2} onChange={setSlots} />
      <BigButton
        block
        busy={busy}
        onClick={() =>
          void save({ title: title.trim(), place: place.trim(), slots: Number(slots) || 0 }).then((o) => settle(o, '岗位已设立'))
        }
      >
        设立岗位
      </BigButton>
      <FormField label="登记服务时长：党员编号" value={memberId} maxLength={64} onChange={setMemberId} />
      <FormField label="服务时长（分钟）" type="number" value={minutes} maxLength={3} onChange={setMinutes} />
      <FormNotice message={problem} />
      <BigButton
        kind="secondary"
        block
        busy={busy}
        onClick={() => void log(memberId.trim(), Number(minutes) || 0).then((o) => settle(o, '时长已登记'))}
      >
        登记时长
      </BigButton>
    </Card>
  )
}

/** 共驻共建管理: units and their lists, their representatives, projects, the quarterly 联席会议, service posts and minutes. */
export default function PartnerDeskPage() {
  const desk = usePartnerDesk()
  usePullToReload(async () => {
    await Promise.all([desk.partners.reload(), desk.meetings.reload()])
  })
  return (
    <PageRoot>
      <UnitForm busy={desk.busyWith === 'unit'} save={desk.saveUnit} />
      <Loaded state={desk.partners} inline>
        {({ items }) => (
          <>
            <ProjectForm units={items} busy={desk.busyWith === 'project'} save={desk.saveProject} />
            <RepresentativeForm units={items} busy={desk.busyWith === 'representative'} save={desk.setRepresentative} />
          </>
        )}
      </Loaded>
      <MeetingForm busy={desk.busyWith === 'meeting'} save={desk.saveMeeting} />
      <Card title="联席会议记录">
        <Loaded state={desk.meetings} inline empty={(items) => !items.length && { title: '还没有会议记录' }}>
          {(items) =>
            items.map((m) => (
              <InfoRow key={m.id} label={m.quarter}>
                {`${m.heldOn} · ${m.attendees.map((a) => `${a.name}（${a.unit}）`).join('、')}`}
              </InfoRow>
            ))
          }
        </Loaded>
      </Card>
      <PostForm busy={desk.busyWith === 'post' || desk.busyWith === 'hours'} save={desk.savePost} log={desk.logHours} />
    </PageRoot>
  )
}
