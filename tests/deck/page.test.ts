import { describe, expect, it } from 'vitest';
import { withFontPreloads } from '../../src/deck/page.ts';

const page = '<html><head><title>t</title></head><body></body></html>';

describe('withFontPreloads', () => {
  it('asks for each font file in the head, by a path relative to the page, as a font fetched without credentials', () => {
    const html = withFontPreloads(page, ['assets/a b.woff2', 'assets/c.woff2']);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="preload" href="./assets/a%20b.woff2" as="font" type="font/woff2" crossorigin />');
    expect(head).toContain('<link rel="preload" href="./assets/c.woff2" as="font" type="font/woff2" crossorigin />');
  });

  it('asks for the files a browser running no script needs inside <noscript>, which a browser running scripts does not read', () => {
    const html = withFontPreloads(page, ['assets/a.woff2'], ['assets/cover.woff2']);
    expect(html).toContain('<link rel="preload" href="./assets/a.woff2"');
    expect(html).toMatch(/<noscript><link rel="preload" href="\.\/assets\/cover\.woff2" as="font" type="font\/woff2" crossorigin \/><\/noscript>/u);
    expect(html.indexOf('<noscript>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves the page as it is when there is nothing to preload', () => {
    expect(withFontPreloads(page, [])).toBe(page);
  });
});

describe('withFontPreloads in a page with a policy', () => {
  it('asks for the fonts right after the policy, which governs them, before the rest of the head', () => {
    const withPolicy = '<html><head><meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="default-src \'self\'" /><meta name="description" content="d" /></head><body></body></html>';
    const html = withFontPreloads(withPolicy, ['assets/a.woff2']);
    const preload = html.indexOf('<link rel="preload" href="./assets/a.woff2"');
    expect(preload).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
    expect(preload).toBeLessThan(html.indexOf('name="description"'));
  });
});
