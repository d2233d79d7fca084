import { useState } from 'react'
import type { SignUpView } from '@core/contract'
import { appError } from '@core/errors'
import { formatBeijing } from '@core/time'
import { checkIn, checkOut } from '../../services/activities'
import { afterOk, settle, type Outcome } from '../../shared/outcome'
import { formatMinutes } from '../points/labels'
import { scanQr } from './platform'

export type CheckInMode = 'in' | 'out'

/** `honglin:checkin:<activityId>:<in|out>:<code>` → its parts; null for any other text. */
export function parseCheckInQr(text: string): { activityId: string; mode: CheckInMode; code: string } | null {
  const match = /^honglin:checkin:([^:]{1,64}):(in|out):(\d{6})$/.exec(text.trim())
  return match ? { activityId: match[1], mode: match[2] as CheckInMode, code: match[3] } : null
}

/** Plainer words than the bare code for what goes wrong at the door. */
const HINTS: Record<string, string> = {
  'ACTIVITY.CODE_INVALID': '签到码不对或已过期。请看组织者屏幕上最新的 6 位数字（每 30 秒更换）再试。',
  'ACTIVITY.OUTSIDE_CHECKIN_WINDOW': '现在不在签到时间内：活动开始前 30 分钟到结束后 30 分钟可以签到、签退。',
  'ACTIVITY.NOT_SIGNED_UP': '您没有报名这个活动（或还在候补），请联系组织者现场登记。',
  'ACTIVITY.NOT_CHECKED_IN': '您还没有签到，请先签到再签退。',
  'ACTIVITY.CANCELLED': '这个活动已取消。',
}

export interface CheckInResult {
  ok: boolean
  title: string
  text: string
}

/** After check-out: credited at once (no confirmation step) or after the organiser confirms. */
function creditNote(signUp: SignUpView): string {
  if (signUp.attended) return `已计入志愿时长 ${formatMinutes(signUp.creditedMinutes)}、积分 ${signUp.creditedPoints}。`
  return '志愿时长和积分在组织者确认出勤后计入。'
}

function success(mode: CheckInMode, signUp: SignUpView, duplicate: boolean): CheckInResult {
  const at = mode === 'in' ? signUp.checkedInAt : signUp.checkedOutAt
  const time = at ? formatBeijing(at, 'HH:mm') : ''
  const word = mode === 'in' ? '签到' : '签退'
  return {
    ok: true,
    title: duplicate ? `您已${word}过了` : `${word}成功`,
    text: `${signUp.personName}，${word}时间 ${time}。${mode === 'in' ? '活动结束后记得签退。' : creditNote(signUp)}`,
  }
}

/** 签到 / 签退 by a typed 6-digit code or (WeChat) by scanning the organiser's QR. */
export function useCheckIn() {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<CheckInResult | null>(null)

  /** Answers the sign-up as checked in or out; either way `result` says what happened in words. */
  const submit = async (activityId: string, mode: CheckInMode, code: string): Promise<Outcome<SignUpView>> => {
    const trimmed = code.trim()
    if (!/^\d{6}$/.test(trimmed)) {
      const result = { ok: false, title: '签到码为 6 位数字', text: '请输入组织者屏幕上的 6 位数字。' }
      setResult(result)
      return { ok: false, error: appError('COMMON.VALIDATION', result.text, 'code') }
    }
    setBusy(true)
    const send = mode === 'in' ? checkIn : checkOut
    const reply = await settle(() => send({ activityId, code: trimmed }))
    setBusy(false)
    if (reply.ok) setResult(success(mode, reply.data.signUp, reply.data.duplicate))
    else
      setResult({ ok: false, title: mode === 'in' ? '没有签到成功' : '没有签退成功', text: HINTS[reply.error.code] ?? reply.error.message })
    return afterOk(reply, (data) => data.signUp)
  }

  const scan = async (): Promise<{ activityId: string; mode: CheckInMode } | null> => {
    const text = await scanQr()
    if (text === null) return null
    const parsed = parseCheckInQr(text)
    if (!parsed) {
      setResult({ ok: false, title: '这不是活动签到码', text: '请扫描组织者出示的签到二维码，或直接输入 6 位数字。' })
      return null
    }
    await submit(parsed.activityId, parsed.mode, parsed.code)
    return parsed
  }

  return { busy, result, submit, scan, clear: () => setResult(null) }
}
