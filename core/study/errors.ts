/** Error codes of the `study` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const STUDY_ERRORS = {} as const satisfies Record<string, { status: number; message: string }>
