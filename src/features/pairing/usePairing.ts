import { useState } from 'react'
import type { Reply } from '@core/envelope'
import { getMember, removePairing, setPairing } from '../../services/roster'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'

/** 结对管理 for one chosen helper: their current elders, replacing them (one or two), removing one. */
export function usePairing() {
  const [helperId, setHelperId] = useState<string | null>(null)
  const helper = useLoad(helperId, () => getMember(helperId ?? ''))
  const write = useWrite()
  // Every change shows in the helper's card: read them again after it.
  const change = (send: () => Promise<Reply<unknown>>) => write.run(async () => afterOk(await send(), helper.reload))

  return {
    helperId,
    chooseHelper: setHelperId,
    /** The chosen helper as a load (its `data.member`), for `<Loaded>`. */
    helper,
    busy: write.busy,
    pair: (elderIds: string[]) => change(() => setPairing(helperId ?? '', elderIds)),
    unpair: (elderId: string) => change(() => removePairing(elderId)),
  }
}
