import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ACTIVITY_KIND_LABELS, MEETING_CORRECTION_REASON_MAX } from '@core/activities/constants'
import type { RegisterMark } from '@core/activities/register'
import type { MeetingRegisterResponse } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { TextAreaField } from '../../components/FormField'
import { MinutesForm } from '../../features/activities/admin/MinutesForm'
import { RegisterList } from '../../features/activities/admin/RegisterList'
import { RemoteSettings } from '../../features/activities/admin/RemoteSettings'
import { useRegister, type MinutesInput } from '../../features/activities/admin/useRegister'
import { PageRoot } from '../../features/elder/PageRoot'
import { announce, confirmAction } from '../../shared/confirm'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'
import { useRouteId } from '../../shared/useRouteId'

/** 三会一课登记: 应到 from the roster, each one's state, leave decisions, minutes, sign-off and corrections. */
export default function MeetingRegisterPage() {
  const register = useRegister(useRouteId())
  return (
    <PageRoot>
      <PageLoaded state={register} missing={{ title: '没有选择会议', description: '请从活动管理或出勤名单进入。' }}>
        {(data) => <RegisterView data={data} register={register} />}
      </PageLoaded>
    </PageRoot>
  )
}

function countsText(data: MeetingRegisterResponse): string {
  const c = data.counts
  const parts = [`应到 ${c.expected} 人`, `实到 ${c.present} 人`, `请假 ${c.leave} 人`, `缺席 ${c.absent} 人`]
  if (c.delivered) parts.push(`送学 ${c.delivered} 人`)
  if (c.walkIns) parts.push(`列席 ${c.walkIns} 人`)
  const remote = data.lines.filter((line) => line.remote).length
  if (remote) parts.push(`其中远程 ${remote} 人`)
  return `${parts.join(' · ')}${c.rate === null ? '' : ` · 到会率 ${c.rate}%`}`
}

function RegisterView({ data, register }: { data: MeetingRegisterResponse; register: ReturnType<typeof useRegister> }) {
  const editable = data.lock !== 'signed'
  const mark = async (memberId: string, next: RegisterMark) => {
    await announce(
      await register.mark(memberId, next),
      next === 'none' ? '已取消勾选' : next === 'present' ? '已记到会' : '已记送学',
      '没有保存成功',
    )
  }
  const leave = async (memberId: string, approve: boolean) => {
    await announce(await register.decideLeave(memberId, approve), approve ? '已准假' : '已记为不准假', '没有保存成功')
  }
  const saveMinutes = async (input: MinutesInput) => announce(await register.saveMinutes(input), '会议纪要已保存', '没有保存成功')

  return (
    <>
      <Card title={data.title}>
        <Text className="hl-note">
          {ACTIVITY_KIND_LABELS[data.kind]} · {data.orgName} · {formatBeijing(data.startAt, 'YYYY年M月D日 HH:mm')}
        </Text>
        <Text className="hl-strong hl-register-page__counts" data-testid="register-counts" aria-role="status">
          {countsText(data)}
        </Text>
        {data.lock === 'signed' ? (
          <Text className="hl-register-page__locked">✓ 已签字确认（第 {data.versions.length} 版），名单和纪要已锁定</Text>
        ) : data.lock === 'correcting' && data.correction ? (
          <Text className="hl-register-page__hint">
            正在更正（{data.correction.byName}：{data.correction.reason}），改完后再次签字确认，形成新版本。
          </Text>
        ) : (
          <Text className="hl-register-page__hint">
            签到的人记为实到；没有手机的人可「记到会」，长辈由结对人送学可「记送学」；准假的人记为请假，其余为缺席。
          </Text>
        )}
        <RegisterList
          lines={data.lines}
          editable={editable}
          onMark={(m, next) => void mark(m, next)}
          onLeave={(m, a) => void leave(m, a)}
          busy={register.busy}
        />
        {data.walkIns.length ? (
          <Text className="hl-register-page__hint" data-testid="register-walk-ins">
            列席（不在应到名单）：{data.walkIns.map((w) => w.name).join('、')}
          </Text>
        ) : null}
      </Card>
      <RemoteSettings remote={data.remote} locked={!editable} busy={register.busy === 'remote'} onSave={register.saveRemote} />
      <MinutesForm record={data.minutes} busy={register.busy === 'minutes'} locked={!editable} onSave={saveMinutes} />
      <SignOffCard data={data} register={register} />
    </>
  )
}

/** 签字确认 (locks a version) or, once signed, 更正 with a reason; and every version so far. */
function SignOffCard({ data, register }: { data: MeetingRegisterResponse; register: ReturnType<typeof useRegister> }) {
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const ended = data.phase === 'ended'

  const signOff = async () => {
    const next = data.versions.length + 1
    const sure = await confirmAction(
      `签字确认第 ${next} 版？`,
      `${countsText(data)}。签字后名单和会议纪要锁定，之后的修改须写明原因并形成新版本。`,
      '签字确认',
    )
    if (sure) await announce(await register.signOff(), '已签字确认', '没有签字成功')
  }
  const reopen = async () => {
    if (!reason.trim()) return setProblem('请填写更正原因')
    setProblem(null)
    if (await announce(await register.reopen(reason.trim()), '可以更正了', '没有打开更正')) setReason('')
  }

  return (
    <Card title="签字确认">
      {data.lock === 'signed' ? (
        <>
          <TextAreaField
            label="更正原因"
            size="short"
            value={reason}
            maxLength={MEETING_CORRECTION_REASON_MAX}
            placeholder="例如：漏记一位到会党员"
            error={problem}
            onChange={setReason}
          />
          <BigButton kind="secondary" block busy={register.busy === 'reopen' || undefined} onClick={() => void reopen()}>
            更正（形成新版本）
          </BigButton>
        </>
      ) : (
        <BigButton
          block
          disabled={!ended || !data.minutes || undefined}
          busy={register.busy === 'signOff' || undefined}
          onClick={() => void signOff()}
        >
          {!ended
            ? `会议结束（${formatBeijing(data.endAt, 'MM-DD HH:mm')}）后可签字确认`
            : !data.minutes
              ? '先保存会议纪要，再签字确认'
              : '签字确认'}
        </BigButton>
      )}
      {data.versions.length ? (
        <View className="hl-register-page__versions" data-testid="minutes-versions">
          {data.versions.map((v) => (
            <Text key={v.version} className="hl-note">
              第 {v.version} 版 · {v.signedOffByName} · {formatBeijing(v.signedOffAt)}
              {v.correctionReason ? ` · 更正原因：${v.correctionReason}` : ''}
            </Text>
          ))}
        </View>
      ) : null}
    </Card>
  )
}
