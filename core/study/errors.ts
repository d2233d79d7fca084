/** Error codes of the `study` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const STUDY_ERRORS = {
  'STUDY.FILE_REQUIRED': { status: 400, message: '音频资料须上传音频，PDF 资料须上传 PDF 文件' },
  'STUDY.BODY_REQUIRED': { status: 400, message: '文章资料须填写正文' },
  'STUDY.BAD_INTERVAL': { status: 400, message: '学习时间不正确（结束须晚于开始，且不能晚于现在）' },
  'STUDY.NOT_PAIRED': { status: 403, message: '您不是这位长辈的结对党员' },
  'STUDY.BAD_DATE': { status: 400, message: '送学日期须在最近 31 天内，且不能晚于今天' },
  'STUDY.DUE_DATE_PAST': { status: 400, message: '截止日期不能早于今天' },
  'STUDY.NOT_ASSIGNED': { status: 404, message: '这份资料没有指派给所选支部' },
} as const satisfies Record<string, { status: number; message: string }>
