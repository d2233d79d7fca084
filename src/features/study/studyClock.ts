/**
 * Measures study time on one material, as intervals the server can count once each.
 *
 * The clock runs only while the page is visible and the person is reading (they touched or scrolled
 * within IDLE_MS) or listening (the audio plays). Each run is closed into an interval with its own
 * id (`sessionId`): the server keys the record by it, so resending one interval after a lost reply
 * counts once. A run is closed when the page hides, when the person goes idle (at the moment they
 * went idle, not later), or every FLUSH_MS so a killed app loses at most that much. Intervals shorter
 * than a minute are dropped: the server counts whole minutes. A PDF opens in the platform's viewer,
 * which hides the page: the time away from a page hidden by the viewer counts as reading, up to
 * DOCUMENT_MAX_MS.
 */
export const IDLE_MS = 5 * 60_000
export const FLUSH_MS = 5 * 60_000
export const MIN_INTERVAL_MS = 60_000
/** Time in the document viewer (a PDF opened from the page) counts up to this much per visit. */
export const DOCUMENT_MAX_MS = 30 * 60_000
/** A hide this soon after opening a document is the viewer taking over the screen. */
const DOCUMENT_HANDOFF_MS = 10_000

export interface StudyInterval {
  sessionId: string
  startedAt: string
  endedAt: string
}

export function newSessionId(now: number): string {
  return `s${now.toString(36)}${Math.random().toString(36).slice(2, 10)}`
}

export class StudyClock {
  private visible = false
  private listening = false
  private lastActivity = 0
  private runStart: number | null = null
  private documentOpenedAt: number | null = null
  private inDocumentSince: number | null = null

  constructor(private readonly makeId: (now: number) => string = newSessionId) {}

  /** True while time is being counted. */
  get running(): boolean {
    return this.runStart !== null
  }

  show(now: number): StudyInterval | null {
    const wasVisible = this.visible
    this.visible = true
    this.lastActivity = now
    this.update(now)
    const since = this.inDocumentSince
    this.inDocumentSince = null
    if (wasVisible || since === null || now - since < MIN_INTERVAL_MS) return null
    return this.interval(since, Math.min(now, since + DOCUMENT_MAX_MS))
  }

  hide(now: number): StudyInterval | null {
    if (this.visible && this.documentOpenedAt !== null && now - this.documentOpenedAt <= DOCUMENT_HANDOFF_MS) this.inDocumentSince = now
    this.documentOpenedAt = null
    this.visible = false
    return this.update(now)
  }

  /** The person opened the material's PDF (the viewer is about to hide the page). */
  openedDocument(now: number): StudyInterval | null {
    this.documentOpenedAt = now
    return this.activity(now)
  }

  /** A touch, a scroll, a tap: the person is reading. */
  activity(now: number): StudyInterval | null {
    this.lastActivity = now
    return this.update(now)
  }

  setListening(listening: boolean, now: number): StudyInterval | null {
    this.listening = listening
    this.lastActivity = now
    return this.update(now)
  }

  /** Called every few seconds: closes an idle run, or a long one so it is saved. */
  tick(now: number): StudyInterval | null {
    if (this.runStart !== null && now - this.runStart >= FLUSH_MS && this.active(now)) {
      const closed = this.close(now)
      this.runStart = now
      return closed
    }
    return this.update(now)
  }

  private active(now: number): boolean {
    return this.visible && (this.listening || now - this.lastActivity < IDLE_MS)
  }

  private update(now: number): StudyInterval | null {
    const active = this.active(now)
    if (active && this.runStart === null) {
      this.runStart = now
      return null
    }
    if (!active && this.runStart !== null) {
      // Idle: the run ended when the person stopped, not when we noticed.
      const end = this.visible && !this.listening ? Math.min(now, this.lastActivity + IDLE_MS) : now
      return this.close(end)
    }
    return null
  }

  private close(end: number): StudyInterval | null {
    const start = this.runStart
    this.runStart = null
    if (start === null || end - start < MIN_INTERVAL_MS) return null
    return this.interval(start, end)
  }

  private interval(start: number, end: number): StudyInterval {
    return { sessionId: this.makeId(start), startedAt: new Date(start).toISOString(), endedAt: new Date(end).toISOString() }
  }
}
