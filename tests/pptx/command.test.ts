// deck pptx from the command line: the file and its fonts written whole, and bad input refused in one line
// with nothing written.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-pptx-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; lines: string[]; errors: string[] }> {
  const console = recordingConsole();
  const errors: string[] = [];
  const code = await main(['pptx', ...args], { console, error: (line) => errors.push(line) });
  return { code, lines: [...console.lines, ...console.warnings], errors };
}

describe('deck pptx', () => {
  it('writes the .pptx and, beside it, the deck’s faces as installable .ttf files with their licence', async () => {
    const out = join(dir, 'a', 'deck.pptx');
    const { code, lines } = await run('--out', out);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/wrote .*deck\.pptx \(13 slides, with speaker notes, \d+ KB\)/u);
    expect((await readFile(out)).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const fonts = (await readdir(join(dir, 'a', 'fonts'))).sort();
    expect(fonts).toEqual(['IBMPlexSansArabic_400Regular.ttf', 'IBMPlexSansArabic_700Bold.ttf', 'NotoKufiArabic_700Bold.ttf', 'OFL.txt']);
    for (const font of fonts.filter((f) => f.endsWith('.ttf'))) {
      expect((await readFile(join(dir, 'a', 'fonts', font))).readUInt32BE(0), font).toBe(0x00010000);
    }
    expect(await readdir(join(dir, 'a'))).toEqual(expect.not.arrayContaining([expect.stringMatching(/tmp/u)]));
  });

  it('says when the deck carries no notes', async () => {
    const { code, lines } = await run('--out', join(dir, 'b', 'audience.pptx'), '--no-notes');
    expect(code).toBe(0);
    expect(lines[0]).toContain('no speaker notes');
  });

  it('writes over its own earlier file but never over a file it did not write', async () => {
    const out = join(dir, 'c', 'deck.pptx');
    expect((await run('--out', out)).code).toBe(0);
    expect((await run('--out', out)).code).toBe(0);
    const mine = join(dir, 'c', 'minutes.txt');
    await writeFile(mine, 'the minutes of the meeting');
    const refused = await run('--out', mine);
    expect(refused.code).toBe(1);
    expect(refused.errors.join('\n')).toMatch(/will not write over .*minutes\.txt: it is not a PowerPoint file/u);
    expect(await readFile(mine, 'utf8')).toBe('the minutes of the meeting');
  });

  it('refuses to write into the slides folder, and a missing slides folder, in one line, writing nothing', async () => {
    const into = await run('--out', join(ROOT, 'slides', 'deck.pptx'));
    expect(into.code).toBe(1);
    expect(into.errors[0]).toMatch(/would write over the slides/u);
    const out = join(dir, 'd', 'deck.pptx');
    const missing = await run('--slides', join(dir, 'no-such-folder'), '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.errors[0]).toMatch(/there is no slides folder/u);
    expect(await readdir(dir)).not.toContain('d');
  });
});
