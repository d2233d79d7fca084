import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Runs `refresh` when the page is shown again (back from a detail page), not on its first show. */
export function useShowAgain(refresh: () => void) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) refresh()
    shown.current = true
  })
}
