import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { Card } from '../Card'

export interface PageLinkProps {
  /** The page it opens (navigateTo). */
  url: string
  className?: string
  /** The look while pressed (weapp's hover-class). */
  hoverClass?: string
  testId?: string
  children: ReactNode
}

/** A block that opens a page when tapped (a row, a tile, a card), named a link for screen readers. */
export function PageLink({ url, className, hoverClass, testId, children }: PageLinkProps) {
  return (
    <View className={className} hoverClass={hoverClass} aria-role="link" data-testid={testId} onClick={() => void Taro.navigateTo({ url })}>
      {children}
    </View>
  )
}

/** A card that opens `url` when tapped; a plain card where `url` is null (shown in full on its own page). */
export function CardLink({ title, url, children }: { title: string; url: string | null; children: ReactNode }) {
  const card = <Card title={title}>{children}</Card>
  return url === null ? card : <PageLink url={url}>{card}</PageLink>
}
