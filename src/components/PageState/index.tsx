import { Text, View } from '@tarojs/components'
import { BigButton } from '../BigButton'
import './index.scss'

export type PageStateProps = (
  | { kind: 'loading'; text?: string }
  | { kind: 'empty'; title: string; description?: string }
  | { kind: 'error'; message: string; onRetry: () => void }
) & {
  /** A section of a screen (inside a card) rather than the whole screen: less space around it. */
  inline?: boolean
}

/** The loading, empty and error states of a screen (or of one section of it), said in plain Chinese. */
export function PageState(props: PageStateProps) {
  const className = props.inline ? 'hl-state hl-state--inline' : 'hl-state'
  if (props.kind === 'loading') {
    return (
      <View className={className} aria-busy="true">
        <View className="hl-state__spinner" />
        <Text className="hl-state__title">{props.text ?? '正在加载…'}</Text>
      </View>
    )
  }
  if (props.kind === 'empty') {
    return (
      <View className={className}>
        <Text className="hl-state__title">{props.title}</Text>
        {props.description ? <Text className="hl-state__text">{props.description}</Text> : null}
      </View>
    )
  }
  return (
    <View className={className} aria-role="alert" aria-live="assertive">
      <Text className="hl-state__title">加载没有成功</Text>
      <Text className="hl-state__text">{props.message}</Text>
      <View className="hl-state__action">
        <BigButton onClick={props.onRetry}>重试</BigButton>
      </View>
    </View>
  )
}
