import { BODY_MAX_CHARS } from '@core/notices/rich-text'
import { TextAreaField } from '../../components/FormField'
import { BODY_PLACEHOLDER } from './noticeForm'

/**
 * 正文 of a notice or a study article: up to BODY_MAX_CHARS characters in the light markup the reader
 * shows (paragraphs and **bold**); `hint` says how, in the words of the editor it sits in.
 */
export function BodyField(props: { value: string; onChange: (value: string) => void; hint: string; hideLabel?: boolean }) {
  return <TextAreaField label="正文" maxLength={BODY_MAX_CHARS} placeholder={BODY_PLACEHOLDER} {...props} />
}
