// The page's style sheet moved inside the page: the first paint waits for no style sheet, only for the page
// (the first slide's fonts come inside it: src/deck/cover-font-script.ts).

/** The style sheet a built page links to, with its text. */
export interface LinkedStyleSheet {
  /** As the page's `<link>` writes it: `./assets/index-3ltX.css`. */
  href: string;
  css: string;
}

/** The `<link rel="stylesheet">` of a built page: its address, or undefined when it has none or several. */
export function linkedStyleSheet(html: string): string | undefined {
  const links = [...html.matchAll(STYLESHEET_LINK)];
  return links.length === 1 ? links[0]?.[1] : undefined;
}

/** The file a style sheet's address names, relative to the page: `./assets/a.css` → `assets/a.css`. */
export function styleSheetFile(href: string): string {
  return decodeURIComponent(new URL(href, PAGE).pathname.slice(1));
}

/**
 * `html` with its style sheet in a `<style>` where its `<link>` was, each relative `url()` in it
 * rewritten relative to the page. (Its fonts stay files: a `data:` font in a style sheet is decoded
 * after the page's first layout, which would then be laid out again, moving the slide.)
 */
export function withInlineStyleSheet(html: string, sheet: LinkedStyleSheet): string {
  const link = [...html.matchAll(STYLESHEET_LINK)].find((match) => match[1] === sheet.href);
  if (link === undefined) throw new Error(`the page does not link to ${sheet.href}`);
  if (/<\/style/iu.test(sheet.css)) throw new Error(`${sheet.href} holds "</style", which would end it early inside the page`);
  const base = new URL(sheet.href, PAGE);
  const css = sheet.css.replace(CSS_URL, (whole: string, quote: string, address: string) => {
    if (/^(?:data:|#)/u.test(address)) return whole;
    const target = new URL(address, base);
    if (target.origin !== PAGE.origin) return whole;
    return `url(${quote}./${target.pathname.slice(1)}${quote})`;
  });
  return html.replace(link[0], () => `<style>${css}</style>`);
}

// -- internal --

/** A stand-in address for the page, to resolve the sheet's relative URLs against. */
const PAGE = new URL('https://deck.invalid/');

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/gu;

const CSS_URL = /url\((['"]?)([^'")]+)\1\)/gu;
