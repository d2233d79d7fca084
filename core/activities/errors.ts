/** Error codes of the `activities` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const ACTIVITIES_ERRORS = {} as const satisfies Record<string, { status: number; message: string }>
