// The two decks ours is measured against, made from the same slide files (plain reveal.js 6 and Marp), reveal.js's floor, and a bare page.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { escapeHtml } from '../deck/html.ts';
import type { SourceSlide } from '../deck/slide-file.ts';

const run = promisify(execFile);

/**
 * What a user writes by following reveal.js's docs: one page loading reveal.js, its `white` theme and
 * its Markdown plugin, with the slides as Markdown in the page.
 */
export async function writePlainReveal(slides: readonly SourceSlide[], dir: string, lang: string, dir_: string): Promise<void> {
  const reveal = dirname(createRequire(import.meta.url).resolve('reveal.js'));
  await mkdir(dir, { recursive: true });
  for (const [from, to] of [['reveal.js', 'reveal.js'], ['reveal.css', 'reveal.css'], ['theme/white.css', 'white.css'], ['plugin/markdown.js', 'markdown.js']]) {
    await copyFile(join(reveal, from ?? ''), join(dir, to ?? ''));
  }
  const markdown = slides.map((s) => `${s.body}\n\nNote:\n${s.notes.join('\n\n')}`).join('\n\n---\n\n').replace(/<\/textarea/giu, '&lt;/textarea');
  await writePage(dir, lang, dir_, {
    head: '<link rel="stylesheet" href="reveal.css"><link rel="stylesheet" href="white.css">',
    body: `<div class="reveal"><div class="slides"><section data-markdown><textarea data-template>
${markdown}
</textarea></section></div></div>
<script src="reveal.js"></script><script src="markdown.js"></script>
<script>Reveal.initialize({ rtl: ${dir_ === 'rtl'}, hash: true, plugins: [RevealMarkdown] });</script>
`,
  });
}

/**
 * reveal.js alone: its script and base style sheet, and one slide with the deck's title, without theme,
 * web font or plugin. What every reveal.js deck costs before its own slides: the floor no deck goes below.
 */
export async function writeRevealFloor(title: string, dir: string, lang: string, dir_: string): Promise<void> {
  const reveal = dirname(createRequire(import.meta.url).resolve('reveal.js'));
  await mkdir(dir, { recursive: true });
  for (const file of ['reveal.js', 'reveal.css']) await copyFile(join(reveal, file), join(dir, file));
  await writePage(dir, lang, dir_, {
    head: '<link rel="stylesheet" href="reveal.css">',
    body: `<div class="reveal"><div class="slides"><section><h1>${escapeHtml(title)}</h1></section></div></div>
<script src="reveal.js"></script>
<script>Reveal.initialize({ rtl: ${dir_ === 'rtl'}, hash: true });</script>
`,
  });
}

/**
 * The page any deck stands on: the title alone in a heading, no style sheet, font or script. Its first
 * paint is what Chromium and the link cost before a deck's own bytes: the floor no deck goes below.
 */
export async function writeBarePage(title: string, dir: string, lang: string, dir_: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writePage(dir, lang, dir_, { head: `<title>${escapeHtml(title)}</title>`, body: `<h1>${escapeHtml(title)}</h1>` });
}

/** The same slides as Marp Markdown: `---` between slides, notes as HTML comments, right to left. */
export function marpMarkdown(slides: readonly SourceSlide[], lang: string, dir: string): string {
  const head = `---\nmarp: true\nlang: ${lang}\nstyle: |\n  section { direction: ${dir}; text-align: start; }\n---\n\n`;
  return head + slides.map((s) => `${s.body}\n\n<!--\n${s.notes.join('\n\n').replace(/--/gu, '—')}\n-->`).join('\n\n---\n\n');
}

/** Marp CLI, installed on first use into `peersDir` (not a dependency of the product). Undefined when it cannot be had. */
export async function marpCli(peersDir: string): Promise<string | undefined> {
  const bin = join(peersDir, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js');
  if ((await stat(bin).catch(() => undefined)) !== undefined) return bin;
  await mkdir(peersDir, { recursive: true });
  await writeFile(join(peersDir, 'package.json'), '{ "private": true }\n');
  try {
    await run('npm', ['install', '--no-audit', '--no-fund', '@marp-team/marp-cli@^4'], { cwd: peersDir, timeout: 240_000 });
    return bin;
  } catch {
    return undefined;
  }
}

/** Runs Marp CLI on `input` with `args`, in the given Chromium. */
export async function runMarp(bin: string, input: string, args: readonly string[], chromium: string | undefined): Promise<void> {
  await run(process.execPath, [bin, '--no-stdin', '--allow-local-files', ...args, input], {
    env: { ...process.env, ...(chromium === undefined ? {} : { CHROME_PATH: chromium }), CHROME_NO_SANDBOX: '1' },
    timeout: 120_000,
  });
}

// -- internal --

/** `dir/index.html`: a page in the deck's language and direction, sized for a phone, with `head` and `body`. */
function writePage(dir: string, lang: string, dir_: string, page: { head: string; body: string }): Promise<void> {
  return writeFile(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="${lang}" dir="${dir_}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${page.head}</head>
<body>${page.body}</body></html>
`,
  );
}
