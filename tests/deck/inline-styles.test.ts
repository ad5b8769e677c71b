import { describe, expect, it } from 'vitest';
import { linkedStyleSheet, styleSheetFile, withInlineStyleSheet } from '../../src/deck/inline-styles.ts';

const page = [
  '<html><head><title>t</title>',
  '<link rel="stylesheet" crossorigin href="./assets/index-a1.css">',
  '</head><body><p>x</p></body></html>',
].join('\n');

const css = [
  "@font-face{font-family:'Kufi';src:url(./kufi-700.woff2) format('woff2')}",
  "@font-face{font-family:'Plex';src:url('./plex%20400.woff2') format('woff2')}",
  '.logo{background:url(data:image/png;base64,AAAA)}',
  '.far{background:url(https://example.org/x.png)}',
].join('\n');

describe('linkedStyleSheet', () => {
  it('finds the one style sheet a built page links to', () => {
    expect(linkedStyleSheet(page)).toBe('./assets/index-a1.css');
  });

  it('finds none when the page links none, or more than one (it would not know which to inline)', () => {
    expect(linkedStyleSheet('<html><head></head></html>')).toBeUndefined();
    expect(linkedStyleSheet(page.replace('</head>', '<link rel="stylesheet" href="./b.css"></head>'))).toBeUndefined();
  });
});

describe('styleSheetFile', () => {
  it('is the file the address names, from the page’s folder', () => {
    expect(styleSheetFile('./assets/index-a1.css')).toBe('assets/index-a1.css');
    expect(styleSheetFile('assets/a%20b.css')).toBe('assets/a b.css');
  });
});

describe('withInlineStyleSheet', () => {
  const html = withInlineStyleSheet(page, { href: './assets/index-a1.css', css });

  it('puts the style sheet inside the page where its link was', () => {
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html.indexOf('<style>')).toBeGreaterThan(html.indexOf('<title>'));
    expect(html.indexOf('</style>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('points its fonts at their files from the page', () => {
    expect(html).toContain("src:url(./assets/kufi-700.woff2) format('woff2')");
    expect(html).toContain("src:url('./assets/plex%20400.woff2') format('woff2')");
  });

  it('leaves data: and other sites’ addresses as they were', () => {
    expect(html).toContain('url(data:image/png;base64,AAAA)');
    expect(html).toContain('url(https://example.org/x.png)');
  });

  it('refuses a sheet that would end its <style> early, and one the page does not link', () => {
    expect(() => withInlineStyleSheet(page, { href: './assets/index-a1.css', css: 'a{content:"</style><script>"}' })).toThrow(/<\/style/u);
    expect(() => withInlineStyleSheet(page, { href: './assets/other.css', css })).toThrow(/does not link/u);
  });
});
