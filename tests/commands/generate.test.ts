import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;
let out: string;
let article: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-generate-'));
  out = join(dir, 'slides');
  article = join(dir, 'article.txt');
  await writeFile(article, await readFile(join(ROOT, 'slides', 'article.txt')));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function deck(...args: string[]): Promise<{ code: number; lines: string[]; warnings: string[]; errors: string }> {
  const console = recordingConsole();
  let errors = '';
  const code = await main(args, { console, error: (text) => (errors += text) });
  return { code, lines: console.lines, warnings: console.warnings, errors };
}

const generate = (...flags: string[]) => deck('generate', '--article', article, '--out', out, ...flags);

/** The line that sums up what generate did (the quality report follows it). */
const summary = (lines: string[]): string | undefined => lines.find((l) => / slides from |up to date|differs from/u.test(l));

describe('deck generate', () => {
  it('writes one file per slide, says so for each, and sums up', async () => {
    const run = await generate();
    expect(run.code).toBe(0);
    const names = await readdir(out);
    expect(names).toHaveLength(13);
    expect(run.lines.filter((l) => l.trim().startsWith('wrote'))).toHaveLength(13);
    expect(summary(run.lines)).toMatch(/^13 slides from .*: 13 written, 0 unchanged, 0 removed$/u);
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('leaves an up-to-date folder as it is, and --check agrees', async () => {
    await generate();
    const again = await generate();
    expect(again.lines.filter((l) => l.trim().startsWith('unchanged'))).toHaveLength(13);
    const check = await generate('--check');
    expect(check.code).toBe(0);
    expect(summary(check.lines)).toMatch(/is up to date/u);
  });

  it('never overwrites a slide edited by hand, lists it, and overwrites it only with --force', async () => {
    await generate();
    const file = join(out, '05-cause-1.md');
    const edited = (await readFile(file, 'utf8')).replace('## المعاملة التفضيلية للمقاتلين الأجانب', '## التمييز بين المقاتلين');
    await writeFile(file, edited);

    const run = await generate();
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(run.lines.find((l) => l.includes('05-cause-1.md'))).toMatch(/kept .*edited by hand/u);
    expect((await generate('--check')).code).toBe(0);

    const forced = await generate('--force');
    expect(forced.lines.find((l) => l.includes('05-cause-1.md'))).toMatch(/overwrote/u);
    expect(await readFile(file, 'utf8')).not.toBe(edited);
  });

  it('stops, writing nothing, when a slide edited by hand and a newly numbered one would share an id', async () => {
    await generate();
    const edited = join(out, '05-cause-1.md');
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nملاحظة المحلل\n`);
    // Two views in the intro make an outlooks slide after the context: every later slide's number moves.
    const views = 'ويرى فريق من المحللين أن التنظيم قادر على احتواء الظاهرة، في حين يرى فريق آخر أن الهروب سيتسع خلال الأشهر المقبلة.';
    await writeFile(article, (await readFile(article, 'utf8')).replace('أسباب متعددة:', `${views}\n\nأسباب متعددة:`));
    const before = await readdir(out);
    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/05-cause-1\.md \(edited by hand\) and .*06-cause-1\.md would both have the id "cause-1"/u);
    expect(run.errors).toMatch(/--force/u);
    expect(await readdir(out)).toEqual(before);
  });

  it('--check writes nothing and fails when the folder is behind the article', async () => {
    await generate();
    await rm(join(out, '07-cause-3.md'));
    await writeFile(article, (await readFile(article, 'utf8')).replace('أزمة القيادات', 'أزمة القادة'));
    const check = await generate('--check');
    expect(check.code).toBe(1);
    expect(check.lines.some((l) => l.includes('would write') && l.includes('07-cause-3.md'))).toBe(true);
    expect(summary(check.lines)).toMatch(/differs .* run deck generate/u);
    expect(await readdir(out)).toHaveLength(12);
  });

  it('ends with a quality report, and --strict fails when it has anything to check', async () => {
    await writeFile(article, 'الرئيسية | تحليلات | اتصل بنا\n\nتشهد المنطقة تحولات متسارعة في أسواق الطاقة، إذ أعلنت حكومات عديدة عن خطط لخفض الاعتماد على النفط والغاز خلال العقد المقبل\n');
    const run = await generate('--strict');
    expect(run.code).toBe(1);
    const report = run.lines.slice(run.lines.findIndex((l) => l.startsWith('quality:')));
    expect(report[0]).toMatch(/^quality: \d+ thing\(s\) to check/u);
    for (const kind of ['title guessed', 'source not found', 'article cut off', 'lines kept out of the slides']) {
      expect(report.some((l) => l.trim().startsWith(kind)), kind).toBe(true);
    }
    expect(report.join('\n')).toMatch(/article\.txt:3: the article stops mid-sentence/u);
    expect(await readdir(out)).not.toEqual([]);
  });

  it('says there is nothing to check when there is nothing, and --strict passes then', async () => {
    const text = 'الطاقة في المنطقة\n\nتشهد المنطقة تحولات متسارعة في أسواق الطاقة، إذ أعلنت حكومات عديدة عن خطط لخفض الاعتماد على النفط.\n\nالمصدر: مركز الدراسات الإقليمية\n';
    await writeFile(article, text);
    const run = await generate('--strict');
    expect(run.lines).toContain('quality: nothing to check');
    expect(run.lines.at(-1)).toMatch(new RegExp(`^next: npx deck dev --slides ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} `, 'u'));
    expect(run.code).toBe(0);
  });

  it('passes --check on the committed slides/', async () => {
    const check = await deck('generate', '--check', '--article', join(ROOT, 'slides', 'article.txt'), '--out', join(ROOT, 'slides'));
    const beforeReport = check.lines.slice(0, check.lines.findIndex((l) => l.startsWith('quality:')));
    expect(beforeReport.filter((l) => !l.trim().startsWith('unchanged'))).toEqual([expect.stringMatching(/up to date/u)]);
    expect(check.code).toBe(0);
  });
});

describe('deck generate with bad input', () => {
  it.each([
    ['an empty file', new Uint8Array(), /the article is empty/u],
    ['white space only', new TextEncoder().encode('  \n\t\n'), /the article is empty/u],
    ['a binary file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /not a text file: it has a NUL byte at offset 4/u],
    ['Latin-1 text', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), /not UTF-8: byte 3 \(0xE9\)/u],
  ])('rejects %s with a plain message and a hint, writing nothing', async (_name, bytes, message) => {
    await writeFile(article, bytes);
    const run = await generate();
    expect(run.code).toBe(1);
    const [first, hint] = run.errors.trimEnd().split('\n');
    expect(first).toMatch(new RegExp(`^deck: ${article.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `, 'u'));
    expect(first).toMatch(message);
    expect(hint?.trim().length).toBeGreaterThan(10);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it('rejects a missing article with the path it looked at', async () => {
    const run = await deck('generate', '--article', join(dir, 'nowhere.txt'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.errors).toContain('there is no article file at');
    expect(run.errors).toContain('--article');
  });

  it('puts the presenter and the day of the briefing on the cover, and the article’s digits as the deck’s', async () => {
    await generate('--presenter', 'د. سامي يوسف', '--date', '١٢ آذار ٢٠٢٥');
    const title = await readFile(join(out, '01-title.md'), 'utf8');
    expect(title).toMatch(/^presenter: د\. سامي يوسف$/mu);
    expect(title).toMatch(/^date: ١٢ آذار ٢٠٢٥$/mu);
    expect(title).toMatch(/^numerals: latn$/mu);
  });

  it('says a folder given as the article is a folder', async () => {
    const run = await deck('generate', '--article', dir, '--out', out);
    expect(run.code).toBe(1);
    expect(run.errors).toContain(`${dir} is a folder, not an article file`);
  });

  it('reads a Windows-1256 file, warns, and generates', async () => {
    const bytes = Uint8Array.from([0xc7, 0xe1, 0xda, 0xe4, 0xe6, 0xc7, 0xe4, 0x0a, 0x0a, 0xe4, 0xd5, 0x20, 0xc7, 0xe1, 0xe3, 0xde, 0xc7, 0xe1, 0x2e, 0x0a]);
    await writeFile(article, bytes);
    const run = await generate();
    expect(run.code).toBe(0);
    expect(run.lines.join('\n')).toMatch(/encoding \(1\)\n.*Windows-1256/u);
    expect((await readFile(join(out, '01-title.md'), 'utf8'))).toContain('title: العنوان');
  });

  it('prints a stack only with --debug', async () => {
    await writeFile(article, new Uint8Array());
    expect((await generate()).errors).not.toMatch(/\n\s+at /u);
    expect((await generate('--debug')).errors).toMatch(/\n\s+at /u);
  });
});
