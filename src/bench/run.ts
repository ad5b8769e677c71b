// `deck bench`: our deck against plain reveal.js and Marp, measured side by side in one run on the same slides.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeArticle } from '../article/decode.ts';
import { parseArticle } from '../article/parse.ts';
import { chromiumExecutable } from '../browser/chromium.ts';
import { folderSize } from '../build-folder.ts';
import { buildSite, SITE_DEFAULTS } from '../commands/site.ts';
import { compileDeck } from '../deck/compile.ts';
import { readSlides } from '../deck/read.ts';
import { parseSlideFile } from '../deck/slide-file.ts';
import { exportPdf } from '../pdf/export.ts';
import { formatSlides } from '../slides/format.ts';
import { planSlides } from '../slides/plan.ts';
import { type Figure, kb, openingFigures } from './figures.ts';
import { measureLoads } from './loads.ts';
import { median, timed } from './measure.ts';
import { timePdfAfterEdit } from './pdf-after-edit.ts';
import { pdfjsText, popplerText, recall, wordsOf } from './recall.ts';
import { marpCli, marpMarkdown, runMarp, writeBarePage, writePlainReveal, writeRevealFloor } from './peers.ts';
import { timePptx } from './pptx.ts';

export interface BenchOptions {
  slides: string;
  article: string;
  /** The bench folder: peers installed in `.peers/`, work in `.work/`, results in `results.json`. */
  dir: string;
  loads: number;
  skipPeers: boolean;
}

export type { Figure };

export type Progress = (step: string) => void;

export async function runBench(options: BenchOptions, progress: Progress): Promise<Figure[]> {
  const work = join(options.dir, '.work');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const sources = (await readSlides(options.slides)).map(parseSlideFile);
  const { meta } = compileDeck(await readSlides(options.slides));
  const quiet = { log: () => {}, warn: () => {} };

  progress('building our deck (3 runs)');
  const buildTimes: number[] = [];
  for (let i = 0; i < 3; i++) buildTimes.push(await timed(() => buildSite({ ...SITE_DEFAULTS, slides: options.slides, out: join(work, 'ours') }, quiet)));
  progress('writing the plain reveal.js page, reveal.js alone with one title, and a bare page of the title');
  await writePlainReveal(sources, join(work, 'reveal'), meta.lang, meta.dir);
  await writeRevealFloor(meta.title, join(work, 'floor'), meta.lang, meta.dir);
  await writeBarePage(meta.title, join(work, 'bare'), meta.lang, meta.dir);

  const marp = options.skipPeers ? undefined : await marpCli(join(options.dir, '.peers'));
  const chromium = chromiumExecutable();
  const marpFigures = { html: [] as number[], pdf: [] as number[], pdfBytes: 0, htmlBytes: 0 };
  if (marp !== undefined) {
    progress('exporting the Marp deck to HTML and PDF (3 runs each)');
    const input = join(work, 'marp', 'deck.md');
    await mkdir(join(work, 'marp'), { recursive: true });
    await writeFile(input, marpMarkdown(sources, meta.lang, meta.dir));
    for (let i = 0; i < 3; i++) marpFigures.html.push(await timed(() => runMarp(marp, input, ['--html', '-o', join(work, 'marp', 'index.html')], chromium)));
    for (let i = 0; i < 3; i++) marpFigures.pdf.push(await timed(() => runMarp(marp, input, ['--pdf', '-o', join(work, 'marp', 'deck.pdf')], chromium)));
    marpFigures.htmlBytes = (await stat(join(work, 'marp', 'index.html'))).size;
    marpFigures.pdfBytes = (await stat(join(work, 'marp', 'deck.pdf'))).size;
  } else progress(options.skipPeers ? 'skipping Marp (--skip-peers)' : 'Marp CLI could not be installed: leaving it out');

  // Measured before the bench's server adds its .gz copies.
  const builds = { ours: await folderSize(join(work, 'ours')), reveal: await folderSize(join(work, 'reveal')) };
  progress(`loading each deck ${options.loads} times under each condition in Chromium`);
  const loads = await measureLoads(work, options.loads, marp !== undefined, chromium, progress);

  progress('exporting our PDF (3 runs, the build cached)');
  const pdf = join(work, 'ours.pdf');
  await exportPdf({ slides: options.slides, out: pdf, notes: false, handout: false, port: 0, chromium }, () => {});
  const pdfTimes: number[] = [];
  for (let i = 0; i < 3; i++) pdfTimes.push(await timed(() => exportPdf({ slides: options.slides, out: pdf, notes: false, handout: false, port: 0, chromium }, () => {})));
  const pdfBytes = (await stat(pdf)).size;
  progress('reading the words back out of both PDFs');
  const words = wordsOf(compileDeck(await readSlides(options.slides), { notes: false }).sectionsHtml.replace(/<[^>]+>/gu, ' ').replace(/&[#\w]+;/gu, ' '));
  const marpPdf = join(work, 'marp', 'deck.pdf');
  const recalls = {
    poppler: recall(words, popplerText(pdf)).share,
    pdfjs: recall(words, await pdfjsText(pdf)).share,
    ...(marp === undefined ? {} : { marpPoppler: recall(words, popplerText(marpPdf)).share, marpPdfjs: recall(words, await pdfjsText(marpPdf)).share }),
  };
  progress('exporting our PDF right after an edit (3 runs, each after a fresh edit)');
  const afterEdit = await timePdfAfterEdit(options.slides, work, chromium);

  progress('writing our PowerPoint file and Marp’s (3 runs each)');
  const marpInput = { bin: marp ?? '', input: join(work, 'marp', 'deck.md'), chromium };
  const powerpoint = await timePptx(options.slides, work, marp === undefined ? undefined : marpInput);

  progress('timing deck generate on the article and on one 100 times as long');
  const article = decodeArticle(await readFile(options.article), options.article).text;
  const long = hundredfold(article);
  const once = median(repeat(5, () => generateInMemory(article)));
  const hundred = median(repeat(3, () => generateInMemory(long)));

  const figures: Figure[] = [
    ...openingFigures(loads, options.loads),
    { figure: 'whole build', unit: 'KB', ours: kb(builds.ours), reveal: kb(builds.reveal), ...(marp === undefined ? {} : { marp: kb(marpFigures.htmlBytes) }) },
    { figure: 'build (deck build / Marp HTML export, median of 3)', unit: 'ms', ours: Math.round(median(buildTimes)), ...(marp === undefined ? {} : { marp: Math.round(median(marpFigures.html)) }) },
    {
      figure: 'PDF export (median of 3)',
      unit: 'ms',
      ours: Math.round(median(pdfTimes)),
      ...(marp === undefined ? {} : { marp: Math.round(median(marpFigures.pdf)) }),
      target: { text: 'faster than Marp (aim < 2 s)', met: marp === undefined ? median(pdfTimes) < 2000 : median(pdfTimes) < median(marpFigures.pdf) },
    },
    {
      figure: 'PDF right after an edit (median of 3)',
      unit: 'ms',
      ours: Math.round(afterEdit),
      ...(marp === undefined ? {} : { marp: Math.round(median(marpFigures.pdf)) }),
      target: { text: '≤ 0.8× Marp’s PDF export', met: marp === undefined || afterEdit <= 0.8 * median(marpFigures.pdf) },
    },
    { figure: 'PDF words found by pdftotext (poppler)', unit: '%', ours: percent(recalls.poppler), ...(recalls.marpPoppler === undefined ? {} : { marp: percent(recalls.marpPoppler) }), target: { text: '≥ 90%', met: recalls.poppler >= 0.9 } },
    { figure: 'PDF words found by pdf.js', unit: '%', ours: percent(recalls.pdfjs), ...(recalls.marpPdfjs === undefined ? {} : { marp: percent(recalls.marpPdfjs) }), target: { text: '≥ 90%', met: recalls.pdfjs >= 0.9 } },
    { figure: 'PDF size', unit: 'KB', ours: kb(pdfBytes), ...(marp === undefined ? {} : { marp: kb(marpFigures.pdfBytes) }), target: { text: '≤ 1 MB', met: pdfBytes <= 1024 * 1024 } },
    {
      figure: 'PowerPoint export (deck pptx / Marp --pptx, median of 3)',
      unit: 'ms',
      ours: Math.round(powerpoint.ours),
      ...(powerpoint.marp === undefined ? {} : { marp: Math.round(powerpoint.marp) }),
      target: { text: 'faster than Marp', met: powerpoint.marp === undefined || powerpoint.ours < powerpoint.marp },
    },
    { figure: 'PowerPoint file', unit: 'KB', ours: kb(powerpoint.oursBytes), ...(powerpoint.marpBytes === undefined ? {} : { marp: kb(powerpoint.marpBytes) }) },
    { figure: 'deck generate, the article', unit: 'ms', ours: round1(once) },
    { figure: 'deck generate, 100× the article', unit: 'ms', ours: round1(hundred) },
    { figure: 'deck generate, 100× / 1×', unit: '×', ours: round1(hundred / once), target: { text: '≤ 150× (about linear)', met: hundred / once <= 150 } },
  ];
  await writeFile(join(options.dir, 'results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
  return figures;
}

// -- internal --

/** The generator's work without the disk: parse, plan, format. */
function generateInMemory(text: string): number {
  const start = performance.now();
  const article = parseArticle(text);
  formatSlides(planSlides(article).slides, article);
  return performance.now() - start;
}

/**
 * The article's body a hundred times over, as paragraphs under one heading: a hundred times the text,
 * kept within the deck's bound of slides (numbered items would each become a slide).
 */
function hundredfold(text: string): string {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const [title = '', ...rest] = lines;
  const body = rest.filter((l) => l.split(/\s+/u).length > 8).map((l) => l.replace(/^\d+-\s*/u, ''));
  return [title, '', 'نص مكرر:', ...Array.from({ length: 100 }, () => body).flat()].join('\n');
}


function repeat(times: number, work: () => number): number[] {
  return Array.from({ length: times }, () => work());
}


function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
