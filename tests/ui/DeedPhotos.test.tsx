import { screen } from '@testing-library/react'
import type { GoodDeedView } from '@core/contract'
import { renderInApp } from './helpers/render'
import { builder } from './helpers/builder'

jest.mock('../../src/services/storage', () => ({ fileUrl: (fileId: string) => `https://files.test/${encodeURIComponent(fileId)}` }))

const { DeedItem } = require('../../src/features/points/DeedItem') as typeof import('../../src/features/points/DeedItem')

const deed = builder<GoodDeedView>(() => ({
  id: 'deed-1',
  personName: '赵丽娜',
  reporterName: '赵丽娜',
  byHelper: false,
  categoryName: '邻里互助',
  points: 10,
  text: '帮邻居修好了水龙头',
  photos: [],
  heldPhotos: [],
  status: 'pending',
  reason: null,
  submittedAt: '2026-12-01T02:00:00.000Z',
  reviewedAt: null,
}))

/** Photos wait for WeChat's media check: the poster sees theirs marked 审核中 / 未通过; others see only passed ones. */
describe('日行一善 · 照片审核', () => {
  it('shows passed photos plainly and the poster’s held photos with their marks', () => {
    const { container } = renderInApp(() => (
      <DeedItem
        deed={deed({
          photos: ['cloud://env.local/a.jpg'],
          heldPhotos: [
            { fileId: 'cloud://env.local/b.jpg', review: 'pending' },
            { fileId: 'cloud://env.local/c.jpg', review: 'risky' },
          ],
        })}
      />
    ))
    const sources = [...container.querySelectorAll('img')].map((img) => decodeURIComponent(img.getAttribute('src') ?? ''))
    expect(sources).toEqual(['a', 'b', 'c'].map((name) => `https://files.test/cloud://env.local/${name}.jpg`))
    expect(screen.getByText('审核中')).toBeTruthy()
    expect(screen.getByText('未通过')).toBeTruthy()
    expect(screen.getByText(/审核通过后他人才能看到/)).toBeTruthy()
  })

  it('shows nothing held to anyone else', () => {
    renderInApp(() => <DeedItem deed={deed({ photos: [] })} />)
    expect(screen.queryByText('审核中')).toBeNull()
    expect(screen.queryByText(/审核通过后/)).toBeNull()
  })
})
