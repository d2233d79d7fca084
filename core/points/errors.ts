/** Error codes of the `points` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const POINTS_ERRORS = {
  'POINTS.INSUFFICIENT': { status: 409, message: '积分余额不足' },
} as const satisfies Record<string, { status: number; message: string }>
