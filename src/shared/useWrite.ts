import { useCallback, useState } from 'react'
import type { Reply } from '@core/envelope'
import { settle } from './outcome'

export interface Write {
  /** Something is being written. */
  busy: boolean
  /** What is being written (the key given to `run`: a row id, 'confirm'…), so only its button waits. */
  busyWith: string | null
  /** Sends one write and answers its outcome; never rejects. */
  run: <T>(send: () => Promise<Reply<T>>, key?: string) => Promise<Reply<T>>
}

/** The busy state of a screen's writes, the same way in every hook that writes. */
export function useWrite(): Write {
  const [busyWith, setBusyWith] = useState<string | null>(null)
  const run = useCallback(async <T>(send: () => Promise<Reply<T>>, key = 'write'): Promise<Reply<T>> => {
    setBusyWith(key)
    try {
      return await settle(send)
    } finally {
      setBusyWith(null)
    }
  }, [])
  return { busy: busyWith !== null, busyWith, run }
}
