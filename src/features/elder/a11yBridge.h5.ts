/**
 * H5 only. Taro's web components pass mini-program accessibility attributes through unchanged, which
 * browsers and screen readers do not understand. Once per app this keeps the document in browser terms:
 * - `aria-role="x"` (WeChat's attribute) becomes the standard `role="x"` (a heading without a level is
 *   level 2, under the page title in the navigation bar);
 * - a Taro input, textarea or switch labelled with `aria-label` passes the label to the native field
 *   it draws inside itself (otherwise the real <input> is unlabelled);
 * - Taro's scrolling page container can take focus, so the page can be scrolled from a keyboard.
 */
let installed = false

function bridge(root: Document) {
  root.querySelectorAll('[aria-role]').forEach((el) => {
    el.setAttribute('role', el.getAttribute('aria-role') ?? '')
    el.removeAttribute('aria-role')
  })
  root.querySelectorAll('[role="heading"]:not([aria-level])').forEach((el) => el.setAttribute('aria-level', '2'))
  root.querySelectorAll('taro-input-core[aria-label], taro-textarea-core[aria-label], taro-switch-core[aria-label]').forEach((host) => {
    const label = host.getAttribute('aria-label') ?? ''
    host.querySelectorAll('input, textarea').forEach((field) => {
      if (field.getAttribute('aria-label') !== label) field.setAttribute('aria-label', label)
    })
  })
  root.querySelectorAll('.taro_page:not([tabindex])').forEach((page) => page.setAttribute('tabindex', '0'))
}

export function installA11yBridge() {
  if (installed || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  installed = true
  bridge(document)
  new MutationObserver(() => bridge(document)).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-role', 'aria-label'],
  })
}
