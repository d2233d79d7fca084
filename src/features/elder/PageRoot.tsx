import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { PrivacyDialog } from '../privacy/PrivacyDialog'
import { useTabShown } from '../tabbar/useTabShown'
import { installA11yBridge } from './a11yBridge'
import { useElderMode } from './ElderModeContext'

/**
 * The root of every page: carries the design tokens (.hl-page) and, in elder mode, the larger scale
 * (.hl-page--elder). Each mini-program page is its own document, so the class lives here, not in app.
 * It also hosts WeChat's privacy dialog, so the dialog appears on whichever page asked for consent,
 * and, in the mini-program, tells the tab bar which tab page is shown.
 */
export function PageRoot({ children }: { children: ReactNode }) {
  const { elder } = useElderMode()
  useEffect(installA11yBridge, [])
  useTabShown()
  return (
    <View className={elder ? 'hl-page hl-page--elder' : 'hl-page'}>
      {children}
      <PrivacyDialog />
    </View>
  )
}
