import { useEffect, useState } from 'react'
import type { ActivityDetail } from '@core/contract'
import { formatBeijing } from '@core/time'
import { confirmAction, tellProblem, toastDone } from '../../shared/confirm'
import { cancelSignUp, signUpForActivity } from '../../services/activities'
import { askForMessages, preloadMessageTemplates } from './messageConsent'

export interface SignUpRequest {
  /** A paired elder the helper acts for; absent: myself. */
  forMemberId?: string
  forName?: string
  waitlist: boolean
  /** The page's 提醒我 choice where the platform cannot ask (H5). */
  remindChoice?: boolean
}

/**
 * 报名 / 加入候补 / 取消报名, for myself or for a paired elder. Asks before cancelling, says what
 * happened in words, and reloads the activity after every answer (seats change under everyone).
 * A repeated tap cannot double anything: the server answers the existing sign-up.
 */
export function useSignUpActions(activity: ActivityDetail, onChanged: () => Promise<void>) {
  /** 'me' or the elder's member id while a call is running. */
  const [busy, setBusy] = useState<string | null>(null)
  useEffect(preloadMessageTemplates, [])

  const send = async (request: SignUpRequest, remind: boolean): Promise<void> => {
    const key = request.forMemberId ?? 'me'
    setBusy(key)
    const reply = await signUpForActivity({
      activityId: activity.id,
      waitlist: request.waitlist,
      remind,
      ...(request.forMemberId ? { forPersonId: request.forMemberId } : {}),
    })
    setBusy(null)
    if (!reply.ok) {
      await onChanged()
      if (reply.error.code === 'ACTIVITY.FULL' && !request.waitlist) {
        const who = request.forName ? `为${request.forName}` : ''
        const sure = await confirmAction('名额已满', `刚刚报满了。要${who}加入候补吗？有人取消时按先后顺序递补，并会通知。`, '加入候补')
        if (sure) await send({ ...request, waitlist: true }, remind)
        return
      }
      await tellProblem(request.waitlist ? '没有加入候补' : '没有报名成功', reply.error.message)
      return
    }
    const { signUp } = reply.data
    const who = request.forName ? `已为${request.forName}` : '已'
    if (signUp.status === 'waitlisted') toastDone(`${who}候补，第 ${signUp.waitlistPosition ?? 1} 位`)
    else toastDone(request.forName ? `已为${request.forName}报名` : '报名成功')
    await onChanged()
  }

  const signUp = async (request: SignUpRequest) => {
    // WeChat only shows the subscription prompt in answer to a tap, so ask first, before any wait.
    // Messages go to the person who signs up; a helper signing up an elder is not asked for them.
    const remind = request.forMemberId ? false : await askForMessages(request.waitlist, request.remindChoice ?? true)
    await send(request, remind)
  }

  const cancel = async (options: { forMemberId?: string; forName?: string; waitlisted: boolean }) => {
    const who = options.forName ? `为${options.forName}` : ''
    const what = options.waitlisted ? '取消候补' : '取消报名'
    const after = !options.waitlisted && activity.capacity !== null && activity.waitlistCount ? '名额将按顺序递补给候补的人。' : ''
    const sure = await confirmAction(what, `确定${who}取消「${activity.title}」的${options.waitlisted ? '候补' : '报名'}吗？${after}`, what)
    if (!sure) return
    setBusy(options.forMemberId ?? 'me')
    const reply = await cancelSignUp(activity.id, options.forMemberId)
    setBusy(null)
    if (!reply.ok) {
      await tellProblem('没有取消成功', reply.error.message)
    } else {
      toastDone(reply.data.promotedName ? `已取消，${reply.data.promotedName}已递补` : '已取消')
    }
    await onChanged()
  }

  return { busy, signUp, cancel }
}

/** Until when a sign-up may be cancelled (the deadline, or the start). */
export function cancelUntil(activity: Pick<ActivityDetail, 'cancelDeadline' | 'startAt'>): string {
  return activity.cancelDeadline ?? activity.startAt
}

export function cancelUntilText(activity: Pick<ActivityDetail, 'cancelDeadline' | 'startAt'>): string {
  return `${formatBeijing(cancelUntil(activity), 'M月D日 HH:mm')} 前可取消`
}
