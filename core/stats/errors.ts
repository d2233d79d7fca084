import { errorsByStatus } from '../error-table'

/** Error codes of the `stats` function (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const STATS_ERRORS = errorsByStatus({
  400: {
    'STATS.BAD_MONTH': '只能重算最近 10 年内、不晚于本月的月份',
  },
})

/** How far back `refreshStats` recomputes (older months keep their summaries). */
export const REFRESH_YEARS_BACK = 10
