/**
 * The notice body's restricted format. Authors type plain text: a blank line or a line break starts a
 * new paragraph, and **text between double asterisks** is bold. Nothing else has meaning — no HTML,
 * no links, no styles — so what is stored can only ever be paragraphs of plain and bold text, and the
 * nodes handed to RichText are built here from that, never from author-supplied markup.
 */
export interface TextRun {
  text: string
  bold?: true
}

export interface Paragraph {
  runs: TextRun[]
}

export const BODY_MAX_CHARS = 5000
export const PARAGRAPHS_MAX = 100

/** Author text → paragraphs (empty lines dropped, whitespace at the ends of lines trimmed). */
export function parseBody(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ runs: parseRuns(line) }))
}

function parseRuns(line: string): TextRun[] {
  const runs: TextRun[] = []
  const parts = line.split('**')
  // An odd count of '**' leaves the last one unmatched: keep it as literal text.
  const unmatched = parts.length % 2 === 0
  parts.forEach((part, index) => {
    const bold = index % 2 === 1 && !(unmatched && index === parts.length - 1)
    const text = bold || !(unmatched && index === parts.length - 1) ? part : `**${part}`
    if (!text) return
    const last = runs[runs.length - 1]
    if (last && Boolean(last.bold) === bold) last.text += text
    else runs.push(bold ? { text, bold: true } : { text })
  })
  return runs
}

/** Paragraphs → the author's text again (for the edit form). */
export function formatBody(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => p.runs.map((run) => (run.bold ? `**${run.text}**` : run.text)).join('')).join('\n\n')
}

/** The first characters of the body as plain text (list excerpts). */
export function excerptOf(paragraphs: readonly Paragraph[], max = 60): string {
  const text = paragraphs.map((p) => p.runs.map((run) => run.text).join('')).join(' ')
  return [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text
}

/** The node shapes Taro's RichText accepts; only these names and no attributes are ever produced. */
export type RichTextNode = { type: 'text'; text: string } | { name: 'p' | 'strong'; attrs: { class: string }; children: RichTextNode[] }

/**
 * Stored paragraphs → RichText nodes. Input is re-validated (anything not a string is dropped), so
 * even a tampered record can produce nothing but text inside <p> and <strong>.
 */
export function toRichTextNodes(paragraphs: readonly unknown[]): RichTextNode[] {
  const nodes: RichTextNode[] = []
  for (const paragraph of paragraphs) {
    const runs = (paragraph as { runs?: unknown })?.runs
    if (!Array.isArray(runs)) continue
    const children: RichTextNode[] = []
    for (const run of runs) {
      const text = (run as { text?: unknown })?.text
      if (typeof text !== 'string' || !text) continue
      const node: RichTextNode = { type: 'text', text }
      children.push(
        (run as { bold?: unknown }).bold === true ? { name: 'strong', attrs: { class: 'hl-rich__bold' }, children: [node] } : node,
      )
    }
    if (children.length) nodes.push({ name: 'p', attrs: { class: 'hl-rich__p' }, children })
  }
  return nodes
}
