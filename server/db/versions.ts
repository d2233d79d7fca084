/**
 * Superseded document versions, kept in memory while a transaction might still need them.
 *
 * The table always holds the latest committed state. Every commit made while a transaction is open
 * records, per document it changed, the state it replaced (`doc`, null when the document did not
 * exist) and the commit sequence that replaced it (`until`). A transaction whose snapshot is `s`
 * then sees a document as the first recorded state with `until > s`, or as the table holds it when
 * nothing was recorded after `s`; and it knows a document was committed after its snapshot when such
 * an entry exists. Entries no open transaction can see any more are dropped.
 */
import type { Doc } from './ejson'

interface Superseded {
  until: number
  doc: Doc | null
}

export class VersionHistory {
  private readonly entries = new Map<string, Superseded[]>()

  record(key: string, until: number, doc: Doc | null): void {
    const list = this.entries.get(key)
    if (list) list.push({ until, doc })
    else this.entries.set(key, [{ until, doc }])
  }

  /** True when a commit after `snapshot` changed the document. */
  changedAfter(key: string, snapshot: number): boolean {
    const list = this.entries.get(key)
    return !!list && list[list.length - 1].until > snapshot
  }

  /** The document as of `snapshot` if it changed since (null: it did not exist), else undefined. */
  versionAt(key: string, snapshot: number): { doc: Doc | null } | undefined {
    const hit = this.entries.get(key)?.find((e) => e.until > snapshot)
    return hit ? { doc: hit.doc } : undefined
  }

  /** Drops what no snapshot ≥ `oldestSnapshot` can read; everything when no transaction is open. */
  prune(oldestSnapshot: number | undefined): void {
    if (oldestSnapshot === undefined) {
      this.entries.clear()
      return
    }
    for (const [key, list] of this.entries) {
      const keep = list.filter((e) => e.until > oldestSnapshot)
      if (keep.length) this.entries.set(key, keep)
      else this.entries.delete(key)
    }
  }

  get size(): number {
    return this.entries.size
  }
}
