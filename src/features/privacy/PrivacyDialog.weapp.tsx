import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useSyncExternalStore } from 'react'
import { answerConsent, consentNeeded, pendingConsent, PRIVACY_AGREE_BUTTON_ID, subscribeConsent } from './privacyConsent'
import '../../components/BigButton/index.scss'
import './PrivacyDialog.scss'

let listening = false

/** Registers WeChat's consent listener once (it is app-wide; registering switches to our own dialog). */
function listenForConsent(): void {
  if (listening || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  listening = true
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => consentNeeded(resolve, eventInfo?.referrer ?? ''))
}

/**
 * 隐私保护提示: shown when a privacy API first needs the person's consent (a photo for a good deed, a
 * roster file, the clipboard). It says what is collected and why, opens the full guide, and answers
 * WeChat with agree (through the agreePrivacyAuthorization button, as WeChat requires) or disagree.
 * Rendered by every page (PageRoot), so it sits on whichever page asked; sizes follow elder mode.
 */
export function PrivacyDialog() {
  useEffect(listenForConsent, [])
  const referrer = useSyncExternalStore(subscribeConsent, pendingConsent)
  if (referrer === null) return null
  return (
    <View className="hl-privacy" aria-role="dialog" aria-label="隐私保护提示">
      <View className="hl-privacy__panel">
        <Text className="hl-privacy__title">隐私保护提示</Text>
        <Text className="hl-privacy__text">
          红邻只为社区党建服务收集必要的信息：登记的姓名、手机号、楼栋单元，您上传的照片和文件。手机号对外显示时隐藏中间四位，信息不提供给社区以外的任何人。
        </Text>
        <Text className="hl-privacy__link" onClick={() => Taro.openPrivacyContract({})}>
          查看《红邻隐私保护指引》
        </Text>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          className="hl-button hl-button--primary hl-button--block"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => answerConsent(true)}
        >
          同意并继续
        </Button>
        <Button className="hl-button hl-button--plain hl-button--block" onClick={() => answerConsent(false)}>
          不同意
        </Button>
      </View>
    </View>
  )
}
