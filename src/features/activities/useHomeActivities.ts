import type { ActivityListItem } from '@core/contract'
import type { Reply } from '@core/envelope'
import { useLoad } from '../../shared/useLoad'
import { fetchActivities, fetchMySignUps } from '../../services/activities'

const SHOWN = 3

interface HomeActivities {
  /** True: these are activities I signed up for. */
  mine: boolean
  items: ActivityListItem[]
}

async function load(signedIn: boolean): Promise<Reply<HomeActivities>> {
  if (signedIn) {
    const mine = await fetchMySignUps('upcoming')
    if (!mine.ok) return mine
    if (mine.data.items.length)
      return { ok: true, data: { mine: true, items: mine.data.items.slice(0, SHOWN).map((item) => item.activity) } }
  }
  const upcoming = await fetchActivities(null)
  if (!upcoming.ok) return upcoming
  return { ok: true, data: { mine: false, items: upcoming.data.items.slice(0, SHOWN) } }
}

/** 首页: my next activities (signed up), or else a few upcoming ones to join. */
export function useHomeActivities(signedIn: boolean) {
  return useLoad(signedIn ? 'home-activities:me' : 'home-activities', () => load(signedIn))
}
