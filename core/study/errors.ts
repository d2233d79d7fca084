import { errorsByStatus } from '../error-table'

/** Error codes of the `study` area (`AREA.REASON` → Chinese message and HTTP status); merged into core/errors.ts. */
export const STUDY_ERRORS = errorsByStatus({
  400: {
    'STUDY.FILE_REQUIRED': '音频资料须上传音频，PDF 资料须上传 PDF 文件',
    'STUDY.BODY_REQUIRED': '文章资料须填写正文',
    'STUDY.BAD_INTERVAL': '学习时间不正确（结束须晚于开始，且不能晚于现在）',
    'STUDY.BAD_DATE': '送学日期须在最近 31 天内，且不能晚于今天',
    'STUDY.DUE_DATE_PAST': '截止日期不能早于今天',
  },
  403: {
    'STUDY.NOT_PAIRED': '您不是这位长辈的结对党员',
  },
  404: {
    'STUDY.NOT_ASSIGNED': '这份资料没有指派给所选支部',
  },
})
