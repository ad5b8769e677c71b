// Inputs far beyond a briefing: they build within the documented bound or stop with a plain message.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { MAX_ARTICLE_BYTES } from '../../src/article/decode.ts';
import { compileDeck } from '../../src/deck/compile.ts';
import { SlideFileError } from '../../src/errors.ts';
import { MAX_SLIDES } from '../../src/slides/plan.ts';
import { recordingConsole } from '../helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-bounds-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function generate(text: string): Promise<{ code: number; errors: string; out: string }> {
  const article = join(dir, `article-${text.length}.txt`);
  const out = join(dir, `slides-${text.length}`);
  await writeFile(article, text);
  let errors = '';
  const code = await main(['generate', '--article', article, '--out', out], { console: recordingConsole(), error: (t) => (errors += t) });
  return { code, errors, out };
}

// Each item says more than a sentence, so each is a slide of its own (short ones would share a slide).
const item = (n: number): string =>
  `${n}- بند رقم ${n} من القائمة، إذ يشرح هذا البند سبباً إضافياً من أسباب الظاهرة المدروسة. وقد تناولت دراسات عديدة هذا السبب بالتحليل خلال السنوات الأخيرة في أكثر من بلد.`;

describe('resource bounds', () => {
  it(`builds a deck of ${MAX_SLIDES} slides`, async () => {
    const items = Array.from({ length: MAX_SLIDES - 4 }, (_, i) => item(i + 1));
    const { code, out } = await generate(`عنوان\n\nأسباب متعددة:\n${items.join('\n')}\n`);
    expect(code).toBe(0);
    expect((await readdir(out)).length).toBeGreaterThan(MAX_SLIDES - 10);
  });

  it('stops with a plain message, writing nothing, when an article would make thousands of slides', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => item(i + 1));
    const { code, errors, out } = await generate(`عنوان\n\nأسباب متعددة:\n${items.join('\n')}\n`);
    expect(code).toBe(1);
    expect(errors).toMatch(/would make \d{4} slides; a deck holds at most 1000/u);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it('reads a 5 MB article to the end and builds it within the bound', async () => {
    const paragraph = 'هذه فقرة طويلة من مقال كبير جداً، تتكرر مرات كثيرة حتى يبلغ حجم الملف حده الأقصى المسموح به. ';
    const line = `${paragraph.repeat(20)}\n`;
    const text = `عنوان\n\n${line.repeat(Math.floor((MAX_ARTICLE_BYTES - 100) / Buffer.byteLength(line)))}`;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    const { code, errors, out } = await generate(text);
    expect(code, errors).toBe(0);
    const slides = (await readdir(out)).length;
    expect(slides).toBeGreaterThan(500);
    expect(slides).toBeLessThanOrEqual(MAX_SLIDES);
  });

  it('refuses a slides folder of more than the bound', () => {
    const file = (n: number) => ({ path: `${n}-s.md`, content: `---\nid: s-${n}\nkind: section\ntitle: t\n---\n` });
    expect(() => compileDeck(Array.from({ length: MAX_SLIDES + 1 }, (_, i) => file(i)))).toThrow(SlideFileError);
  });
});
