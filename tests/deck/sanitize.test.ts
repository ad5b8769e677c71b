import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/deck/compile.ts';

/** A slide whose body is `markdown`, compiled, and read back as a DOM. */
function compiled(markdown: string): ReturnType<typeof parseHTML>['document'] {
  const content = `---\nid: x\nkind: cause\ntitle: t\n---\n\n## t\n\n${markdown}\n\nNote:\n\n<script>alert('notes')</script>\n`;
  return parseHTML(`<div>${compileDeck([{ path: 'slides/01-x.md', content }]).sectionsHtml}</div>`).document;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">انقر</a>',
  '[رابط](javascript:alert(1))',
  '[رابط](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<iframe src="https://example.org"></iframe>',
  '<svg onload="alert(1)"><circle r="5"/></svg>',
  '<div onclick="alert(1)" style="background:url(https://example.org/x)">نص</div>',
  '<section data-background-iframe="https://example.org">شريحة مخفية</section>',
  '<form action="https://example.org"><input name="q"></form>',
  '<img src="data:image/png;base64,AAAA">',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<meta http-equiv="refresh" content="0;url=https://example.org">',
  '<link rel="stylesheet" href="https://example.org/x.css"><style>body{display:none}</style>',
];

describe('slide HTML is sanitised', () => {
  it.each(HOSTILE)('%s leaves nothing that runs or loads from elsewhere', (payload) => {
    const document = compiled(payload);
    expect(document.querySelectorAll('script, iframe, svg, form, input, object, embed, meta, link, style, section section')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name).not.toMatch(/^on/iu);
        expect(name).not.toBe('style');
        expect(value).not.toMatch(/^\s*(javascript|vbscript|data):/iu);
        if (name.startsWith('data-background')) expect(element.tagName).toBe('SECTION');
      }
    }
  });

  it('keeps the notes as text, never as markup', () => {
    const notes = compiled('نص').querySelector('aside.notes');
    expect(notes?.querySelector('script')).toBeNull();
    expect(notes?.textContent).toContain("<script>alert('notes')</script>");
  });

  it('keeps what a slide needs: emphasis, safe links, classes, the deck’s own pictures', () => {
    const document = compiled('**مهم** [المصدر](https://example.org) <span class="note">ملاحظة</span> ![شكل](pictures/a.png)');
    expect(document.querySelector('strong')?.textContent).toBe('مهم');
    const link = document.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.querySelector('span.note')).not.toBeNull();
    expect(document.querySelector('img')?.getAttribute('src')).toBe('pictures/a.png');
  });

  it.each(['![شكل](https://example.org/a.png)', '<img src="http://example.org/a.png">', '<img src="//example.org/a.png">'])(
    'loads no picture from elsewhere: %s',
    (markdown) => {
      expect(compiled(markdown).querySelector('img[src]')).toBeNull();
    },
  );
});
