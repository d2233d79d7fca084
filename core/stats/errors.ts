/** Error codes of the `stats` function (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const STATS_ERRORS = {
  'STATS.BAD_MONTH': { status: 400, message: '只能重算最近 10 年内、不晚于本月的月份' },
} as const satisfies Record<string, { status: number; message: string }>

/** How far back `refreshStats` recomputes (older months keep their summaries). */
export const REFRESH_YEARS_BACK = 10
