// Loads a style sheet ahead of the page's own ones: reveal.css, which the first paint does without, goes
// where it stood in the cascade (before the theme, which overrides it), so nothing is drawn differently.

/** Inserts the style sheet (an address to load, or its text) before the page's first one; resolves once it applies. */
export function loadStyleSheetFirst(styles: { href: string } | { css: string }): Promise<void> {
  const first = document.head.querySelector('link[rel="stylesheet"], style');
  if ('css' in styles) {
    const element = document.createElement('style');
    element.textContent = styles.css;
    document.head.insertBefore(element, first);
    return Promise.resolve();
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styles.href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`the style sheet ${styles.href} did not load`)), { once: true });
  });
  document.head.insertBefore(link, first);
  return loaded;
}
