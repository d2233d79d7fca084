import { Button, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface BigButtonProps {
  /** primary: red, the one main action of a screen; secondary: red outline; plain: quiet text. */
  kind?: 'primary' | 'secondary' | 'plain'
  onClick: () => void
  disabled?: boolean
  /** Shows 请稍候… and ignores taps. */
  busy?: boolean
  block?: boolean
  children: ReactNode
}

export function BigButton({ kind = 'primary', onClick, disabled, busy, block, children }: BigButtonProps) {
  const className = ['hl-button', `hl-button--${kind}`, block ? 'hl-button--block' : ''].join(' ')
  return (
    <Button
      className={className}
      // `disabled={false}` still renders a disabled attribute in Taro H5, so pass undefined instead.
      disabled={disabled || busy || undefined}
      hoverClass="hl-button--pressed"
      onClick={() => {
        if (!disabled && !busy) onClick()
      }}
    >
      {busy ? '请稍候…' : children}
    </Button>
  )
}

/** Two or three buttons side by side, of equal width (取消 / 保存, 驳回 / 通过). */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <View className="hl-button-row">{children}</View>
}
