import { audienceKeyOf, audienceKeysOf, noticeReadId, noticeSortKey } from '../../core/notices/audience'
import { excerptOf, formatBody, parseBody, toRichTextNodes } from '../../core/notices/rich-text'

describe('notice body format', () => {
  it('splits lines into paragraphs and **…** into bold runs', () => {
    expect(parseBody('第一段\n\n  第二段有**重点**内容  \r\n')).toEqual([
      { runs: [{ text: '第一段' }] },
      { runs: [{ text: '第二段有' }, { text: '重点', bold: true }, { text: '内容' }] },
    ])
  })

  it('keeps an unmatched ** as text and markup as plain text', () => {
    expect(parseBody('价格 2**3 <img src=x onerror=alert(1)>')).toEqual([{ runs: [{ text: '价格 2**3 <img src=x onerror=alert(1)>' }] }])
  })

  it('round-trips through the edit form', () => {
    const text = '各位党员：\n\n本月**主题党日**定于周六。'
    expect(formatBody(parseBody(text))).toBe(text)
  })

  it('renders only <p>, <strong> and text nodes, whatever is stored', () => {
    const tampered = [
      { runs: [{ text: '<script>x</script>', bold: true }, { text: 5 }, { html: '<b>' }] },
      { name: 'img', attrs: { src: 'x' } },
      null,
    ]
    const nodes = toRichTextNodes(tampered)
    expect(nodes).toEqual([
      {
        name: 'p',
        attrs: { class: 'hl-rich__p' },
        children: [{ name: 'strong', attrs: { class: 'hl-rich__bold' }, children: [{ type: 'text', text: '<script>x</script>' }] }],
      },
    ])
  })

  it('makes a short plain excerpt', () => {
    expect(excerptOf(parseBody('**一**二\n三'), 3)).toBe('一二 …')
  })
})

describe('audiences', () => {
  it('gives each reader the keys of the audiences they belong to', () => {
    expect(audienceKeysOf({ memberOrgPath: null, building: null })).toEqual(['all'])
    expect(audienceKeysOf({ memberOrgPath: null, building: '琼林苑3栋' })).toEqual(['all', 'building:琼林苑3栋'])
    expect(audienceKeysOf({ memberOrgPath: ['c', 'b1'], building: '琼林苑3栋' })).toEqual([
      'all',
      'members',
      'org:c',
      'org:b1',
      'building:琼林苑3栋',
    ])
  })

  it('keys a notice by its audience', () => {
    expect(audienceKeyOf({ kind: 'org', orgId: 'org-b1' })).toBe('org:org-b1')
    expect(audienceKeyOf({ kind: 'building', building: '琼林苑3栋' })).toBe('building:琼林苑3栋')
    expect(audienceKeyOf({ kind: 'all' })).toBe('all')
  })

  it('sorts pinned notices before newer unpinned ones', () => {
    const pinnedOld = noticeSortKey(true, new Date('2026-01-01T00:00:00Z'), 'n-a')
    const plainNew = noticeSortKey(false, new Date('2026-11-01T00:00:00Z'), 'n-b')
    const plainOld = noticeSortKey(false, new Date('2026-10-01T00:00:00Z'), 'n-c')
    expect([plainOld, pinnedOld, plainNew].sort().reverse()).toEqual([pinnedOld, plainNew, plainOld])
    expect(noticeReadId('n-a', 'm-1')).toBe('n-a:m-1')
  })
})
