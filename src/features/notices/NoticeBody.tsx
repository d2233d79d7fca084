import { RichText, View } from '@tarojs/components'
import type { Paragraph } from '@core/notices/rich-text'
import { toRichTextNodes } from '@core/notices/rich-text'
import './NoticeBody.scss'

/**
 * The notice text. RichText only ever receives nodes built by toRichTextNodes from stored paragraphs
 * (text inside <p> and <strong>), never a string of markup.
 */
export function NoticeBody({ body }: { body: Paragraph[] }) {
  return (
    <View className="hl-notice-body">
      <RichText nodes={toRichTextNodes(body) as never} />
    </View>
  )
}
