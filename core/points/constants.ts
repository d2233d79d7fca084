/** 道德银行's limits the mini-program shows: plain values (no zod), re-exported by `core/contract/points.ts`. */
export const GOOD_DEED_MAX_PHOTOS = 3
