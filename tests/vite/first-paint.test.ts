// The theme's phone rules, copied for a phone's first paint (before the runtime sets html.deck-portrait).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONE_MEDIA, withFirstPaintPortrait, withScriptAfterSlides } from '../../src/vite/first-paint.ts';
import { ROOT } from '../helpers.ts';

describe('withFirstPaintPortrait', () => {
  it('copies each top-level html.deck-portrait rule under the phone media query, for a deck not yet ready', () => {
    const css = [
      '.a { color: red; }',
      '/* html.deck-portrait .ignored { } */',
      'html.deck-portrait .reveal .x,\nhtml.deck-portrait .reveal :is(.y, .z) { padding: 1px; }',
      '@media print { html.deck-portrait .p { margin: 0; } }',
      'html.deck-portrait .b, .not-portrait .c { margin: 2px; }',
    ].join('\n');
    const out = withFirstPaintPortrait(css);
    expect(out.startsWith(css)).toBe(true);
    const added = out.slice(css.length);
    expect(added).toContain(`@media ${PHONE_MEDIA} {`);
    expect(added).toContain('html:has(> body > .reveal:not(.ready)) .reveal .x,\n  html:has(> body > .reveal:not(.ready)) .reveal :is(.y, .z) { padding: 1px; }');
    // Not a rule inside another block, not a list that also names other elements, not a comment.
    expect(added).not.toContain('.p');
    expect(added).not.toContain('.b');
    expect(added).not.toContain('ignored');
  });

  it('leaves a style sheet without phone rules as it is', () => {
    expect(withFirstPaintPortrait('.a { color: red; }')).toBe('.a { color: red; }');
  });

  it('finds every phone rule of the theme', () => {
    const theme = readFileSync(join(ROOT, 'src', 'runtime', 'theme.css'), 'utf8');
    const rules = theme.match(/^html\.deck-portrait[^{]*\{/gmu) ?? [];
    const copies = withFirstPaintPortrait(theme).slice(theme.length).match(/\{/gu) ?? [];
    // One block for the media query, then one per rule (a list of three selectors is one rule).
    expect(rules.length).toBeGreaterThanOrEqual(8);
    expect(copies.length - 1).toBe(rules.length);
  });
});

describe('withScriptAfterSlides', () => {
  const page = [
    '<html><head>',
    '    <script type="module" fetchpriority="low" crossorigin src="./assets/index-a.js"></script>',
    '    <style>.a{}</style>',
    '</head><body><div class="slides"><section>1</section></div>',
    '  </body></html>',
  ].join('\n');

  it('moves the module script from the head to after the slides, with what follows it', () => {
    const html = withScriptAfterSlides(page, '<link rel="preload" as="style" href="./r.css" />');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('<script');
    const script = html.indexOf('<script type="module" fetchpriority="low" crossorigin src="./assets/index-a.js"></script>');
    expect(script).toBeGreaterThan(html.indexOf('</section>'));
    expect(html.indexOf('./r.css')).toBeGreaterThan(script);
    expect(html.indexOf('</body>')).toBeGreaterThan(html.indexOf('./r.css'));
  });

  it('leaves an inline module script (one with a body) where it is', () => {
    const inline = '<html><head><script type="module">go()</script></head><body></body></html>';
    expect(withScriptAfterSlides(inline)).toBe(inline);
  });
});
