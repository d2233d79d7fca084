import { useState } from 'react'
import type { AppError } from '@core/errors'
import { getMember, removePairing, setPairing } from '../../services/roster'
import { useLoad } from '../../shared/useLoad'

type Outcome = { ok: true } | { ok: false; error: AppError }

/** 结对管理 for one chosen helper: their current elders, replacing them (one or two), removing one. */
export function usePairing() {
  const [helperId, setHelperId] = useState<string | null>(null)
  const helper = useLoad(helperId, () => getMember(helperId ?? ''))
  const [busy, setBusy] = useState(false)

  const write = async (send: () => Promise<{ ok: boolean; error?: AppError }>): Promise<Outcome> => {
    setBusy(true)
    const reply = await send()
    if (reply.ok) await helper.reload()
    setBusy(false)
    return reply.ok ? { ok: true } : { ok: false, error: reply.error! }
  }

  return {
    helperId,
    chooseHelper: setHelperId,
    helper: helper.data?.member ?? null,
    helperLoading: helper.loading,
    helperError: helper.error,
    reloadHelper: helper.reload,
    busy,
    pair: (elderIds: string[]) => write(() => setPairing(helperId ?? '', elderIds)),
    unpair: (elderId: string) => write(() => removePairing(elderId)),
  }
}
