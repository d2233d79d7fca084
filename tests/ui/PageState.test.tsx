import { fireEvent, render, screen } from '@testing-library/react'
import { PageState } from '../../src/components/PageState'

describe('PageState', () => {
  it('says it is loading', () => {
    render(<PageState kind="loading" />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
  })

  it('shows the empty title and its explanation', () => {
    render(<PageState kind="empty" title="还没有演示身份" description="请先导入演示数据。" />)
    expect(screen.getByText('还没有演示身份')).toBeTruthy()
    expect(screen.getByText('请先导入演示数据。')).toBeTruthy()
  })

  it('shows what went wrong and retries when 重试 is tapped', () => {
    const onRetry = jest.fn()
    render(<PageState kind="error" message="网络连接失败，请检查网络后重试" onRetry={onRetry} />)
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })
})
