/**
 * The Taro mock with the page opened at `params` (what `useRouter().params` answers), for
 * `jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))`.
 */
export function taroOpenedWith(params: Record<string, string>) {
  return { __esModule: true, ...jest.requireActual('../mocks/taro'), useRouter: () => ({ params }) }
}
