/** Error codes of the `notices` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const NOTICES_ERRORS = {} as const satisfies Record<string, { status: number; message: string }>
