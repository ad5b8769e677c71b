// Slide files a person or an attacker may write: every notes form stays notes, and no file crashes or hangs the compiler.
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/deck/compile.ts';
import { readSlides } from '../../src/deck/read.ts';
import { parseSlideFile } from '../../src/deck/slide-file.ts';
import { SlideFileError } from '../../src/errors.ts';

const file = (rest: string, fields = ''): { path: string; content: string } => ({
  path: 'slides/01-x.md',
  content: `---\nid: x\nkind: cause\ntitle: t\n${fields}---\n\n## t\n\n- نقطة ظاهرة\n\n${rest}`,
});

/** The thrown SlideFileError, with how long the call took. */
function refusal(make: () => unknown): { error: SlideFileError; ms: number } {
  const start = performance.now();
  try {
    make();
  } catch (error) {
    if (error instanceof SlideFileError) return { error, ms: performance.now() - start };
    throw error;
  }
  throw new Error('accepted');
}

describe('notes in every form reveal.js reads', () => {
  it.each([
    ['Note: on the same line', 'Note: سر المتحدث'],
    ['lower case', 'note:\n\nسر المتحدث'],
    ['NOTES:', 'NOTES:\n\nسر المتحدث'],
    ['indented', '   Note:\n\nسر المتحدث'],
    ['a no-break space after it', 'Note:\u00A0\n\nسر المتحدث'],
    ['CRLF endings', 'Note:\r\n\r\nسر المتحدث\r\n'],
    ['an aside in the body', '<aside class="notes">سر <b>المتحدث</b></aside>'],
    ['an aside with other classes and single quotes', "<aside data-x='1' class='big notes'>سر المتحدث</aside>"],
  ])('%s: notes, never on the slide of an audience build', (_name, rest) => {
    const slide = file(rest);
    expect(compileDeck([slide], { notes: false }).sectionsHtml).not.toContain('سر');
    expect(compileDeck([slide], { notes: false }).sectionsHtml).toContain('نقطة ظاهرة');
    expect(compileDeck([slide]).slides[0]?.notes.join(' ')).toContain('سر');
  });
});

describe('slide files that would crash or hang the compiler', () => {
  it.each([
    ['a list marker repeated 2,000 times', '- '.repeat(2000)],
    ['a quote marker repeated 20,000 times', '>'.repeat(20_000)],
    ['a list nested 3,000 levels', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
    ['20,000 nested <div>', `${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`],
  ])('%s: refused in well under a second, naming the file and line', (_name, body) => {
    const { error, ms } = refusal(() => compileDeck([file(body)]));
    expect(error.file).toBe('slides/01-x.md');
    expect(error.message).toMatch(/nested more than 20 levels|at most 256 KB/u);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a YAML alias bomb in the front matter', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(refusal(() => parseSlideFile(file('', bomb))).error.message).toMatch(/aliases/u);
  });

  it.each(['constructor', '__proto__', 'toString'])('refuses «lang: %s» with a message, not a stack trace', (lang) => {
    const title = { path: 'slides/01-title.md', content: `---\nid: title\nkind: title\ntitle: t\nlang: ${lang}\n---\n\n# t\n` };
    expect(refusal(() => compileDeck([title])).error.message).toMatch(/is not a language tag/u);
  });

  it('refuses an id of digits only, which #/3 would not open', () => {
    const { error } = refusal(() => parseSlideFile({ path: 's/01-x.md', content: '---\nid: "3"\nkind: cause\ntitle: t\n---\n' }));
    expect(error.hint).toMatch(/#\/3 opens the third slide/u);
  });

  it('says a front matter without its closing line has no closing line', () => {
    expect(refusal(() => parseSlideFile({ path: 's/01-x.md', content: '---\nid: x\nkind: cause\ntitle: t\n\n## t\n' })).error.message).toMatch(/no closing "---"/u);
  });

  it('writes data-state as single-space separated words, which reveal can add to a class list', () => {
    const html = compileDeck([file('', 'data-state: "a  b\\tc"\n')]).sectionsHtml;
    expect(parseHTML(`<div>${html}</div>`).document.querySelector('section')?.getAttribute('data-state')).toBe('a b c');
  });

  it('shows web and e-mail addresses in the text as text, not links', () => {
    const html = compileDeck([file('', '').content.replace('- نقطة ظاهرة', '- راجع www.example.org أو اكتب إلى info@example.org')].map((content) => ({ path: 'slides/01-x.md', content }))).sectionsHtml;
    expect(html).toContain('www.example.org');
    expect(html).not.toMatch(/<a /u);
  });

  it('says a missing slides folder is missing, in words', async () => {
    await expect(readSlides('/nowhere/slides')).rejects.toThrow(/^there is no slides folder \/nowhere\/slides$/u);
  });

  it('refuses a pipe or a link to /dev/zero named like a slide file, without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-special-'));
    try {
      await mkdir(join(dir, 'a'));
      execFileSync('mkfifo', [join(dir, 'a', '01-pipe.md')]);
      await expect(readSlides(join(dir, 'a'))).rejects.toThrow(/not a regular file/u);
      await mkdir(join(dir, 'b'));
      await symlink('/dev/zero', join(dir, 'b', '01-zero.md'));
      await expect(readSlides(join(dir, 'b'))).rejects.toThrow(/not a regular file/u);
      await mkdir(join(dir, 'c'));
      await writeFile(join(dir, 'c', '01-big.md'), 'x'.repeat(300 * 1024));
      await expect(readSlides(join(dir, 'c'))).rejects.toThrow(/at most 256 KB/u);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
