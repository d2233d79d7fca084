import { Text, View } from '@tarojs/components'
import { BigButton } from '../components/BigButton'
import './FormNotice.scss'

/** A problem with the whole form (not one field), e.g. 花名册中没有… — shown above the button. */
export function FormNotice({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <View className="hl-alert" aria-role="alert">
      <Text className="hl-form-notice__text">⚠ {message}</Text>
    </View>
  )
}

/** The foot of a form: its problem (if any), then the one full-width submit button (in `actionsClass`, if given). */
export function SubmitBar({
  problem,
  busy,
  label,
  onSubmit,
  actionsClass,
}: {
  problem: string | null
  busy: boolean
  label: string
  onSubmit: () => unknown
  actionsClass?: string
}) {
  return (
    <>
      <FormNotice message={problem} />
      <View className={actionsClass}>
        <BigButton block busy={busy} onClick={() => void onSubmit()}>
          {label}
        </BigButton>
      </View>
    </>
  )
}
