import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RecordStudyResponse } from '@core/contract'
import { StudyClock, type StudyInterval } from './studyClock'
import { flushIntervals, queueInterval } from './studySender'

const TICK_MS = 15_000
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const

export interface StudyTimer {
  /** Time is being counted right now. */
  running: boolean
  /** The server's answer to the last interval sent (minutes today, cap reached). */
  last: RecordStudyResponse | null
  /** Report that the person is reading (a tap, a scroll). */
  activity: () => void
  /** Report that the audio started or stopped. */
  setListening: (listening: boolean) => void
  /** Report that the PDF is being opened in the viewer (its time counts, within a limit). */
  openedDocument: () => void
}

/**
 * Counts study time on one material while its page is visible and the person reads or listens, and
 * records it (`study.recordStudy`). Hidden (another page, the app in the background, a browser tab
 * switched away) stops the clock; coming back starts a new interval.
 */
export function useStudyTimer(materialId: string | null): StudyTimer {
  const clock = useRef(new StudyClock())
  const [running, setRunning] = useState(false)
  const [last, setLast] = useState<RecordStudyResponse | null>(null)
  const idRef = useRef(materialId)
  idRef.current = materialId

  const after = useCallback((closed: StudyInterval | null) => {
    setRunning(clock.current.running)
    if (!closed || !idRef.current) return
    queueInterval({ ...closed, materialId: idRef.current })
    void flushIntervals().then((reply) => {
      if (reply) setLast(reply)
    })
  }, [])

  const activity = useCallback(() => {
    if (idRef.current) after(clock.current.activity(Date.now()))
  }, [after])
  const setListening = useCallback(
    (listening: boolean) => {
      if (idRef.current) after(clock.current.setListening(listening, Date.now()))
    },
    [after],
  )

  const openedDocument = useCallback(() => {
    if (idRef.current) after(clock.current.openedDocument(Date.now()))
  }, [after])

  useDidShow(() => {
    if (idRef.current) after(clock.current.show(Date.now()))
  })
  useDidHide(() => after(clock.current.hide(Date.now())))

  useEffect(() => {
    if (!materialId) return
    // The clock is created once per page (a ref that is never reassigned): one name for it here.
    const pageClock = clock.current
    after(pageClock.show(Date.now()))
    // Sends what an earlier visit could not (offline, app closed).
    void flushIntervals()
    const timer = setInterval(() => after(pageClock.tick(Date.now())), TICK_MS)
    const hasDocument = typeof document !== 'undefined' && typeof document.addEventListener === 'function'
    const onVisibility = () => after(document.visibilityState === 'hidden' ? pageClock.hide(Date.now()) : pageClock.show(Date.now()))
    const onActivity = () => after(pageClock.activity(Date.now()))
    if (hasDocument) {
      document.addEventListener('visibilitychange', onVisibility)
      for (const name of ACTIVITY_EVENTS) document.addEventListener(name, onActivity, { passive: true, capture: true })
    }
    return () => {
      clearInterval(timer)
      if (hasDocument) {
        document.removeEventListener('visibilitychange', onVisibility)
        for (const name of ACTIVITY_EVENTS) document.removeEventListener(name, onActivity, { capture: true })
      }
      after(pageClock.hide(Date.now()))
    }
  }, [materialId, after])

  return { running, last, activity, setListening, openedDocument }
}
