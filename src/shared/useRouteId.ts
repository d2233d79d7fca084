import { useRouter } from '@tarojs/taro'

/** The `id` of the address this page was opened at; null when it has none (the page says so, `<Loaded missing>`). */
export function useRouteId(): string | null {
  return useRouter().params.id || null
}
