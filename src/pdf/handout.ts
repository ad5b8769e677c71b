/// <reference lib="dom" />
// The notes-page handout: per A4 portrait page, a slide as the room saw it and its speaker notes under it, as
// PowerPoint prints notes pages. Right to left in the deck's own fonts; the notes are real, searchable text.
import type { Browser, Page } from 'playwright-core';
import type { CompiledDeck } from '../deck/compile.ts';
import { escapeHtml } from '../deck/html.ts';
import { ExportError } from '../errors.ts';
import { labelsFor } from '../slides/labels.ts';
import { digits } from '../text/numerals.ts';
import { waitForDeck } from '../browser/wait.ts';
import { systemFontProblems } from './print-check.ts';
import type { Progress } from './export.ts';

/** Prints the handout of the deck served at `url` to `path`; returns its page count. */
export async function printHandout(browser: Browser, url: string, deck: CompiledDeck, path: string, progress: Progress): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await waitForDeck(page, { print: false });
  // The slide as the room sees it, without the presenter's controls, progress bar and slide number.
  await page.addStyleTag({ content: '.reveal .controls, .reveal .progress, .reveal .slide-number { display: none !important; }' });
  const pictures: string[] = [];
  for (const index of deck.slides.keys()) pictures.push(await slidePicture(page, index));
  progress(`pictured the ${deck.slides.length} slides`);
  const styles = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? ''));
  await page.setContent(handoutHtml(deck, pictures, styles), { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const cdp = await page.context().newCDPSession(page);
  const fonts = await systemFontProblems(page, cdp, '.handout-page');
  if (fonts.length > 0) {
    throw new ExportError('pdf-fonts', `a system font would draw text in the handout: ${fonts.map((f) => `page ${f.page} ${f.problem}`).join('; ')}`, {
      hint: 'Replace the characters no font of the deck has (an emoji, a rare script) or remove them.',
    });
  }
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  return deck.slides.length;
}

// -- internal --

/** Slide `index` with all its bullets shown, as a PNG data URL. */
async function slidePicture(page: Page, index: number): Promise<string> {
  await page.evaluate((n) => {
    const deck = (window as unknown as { deck: { slide(h: number, v: number, f: number): void } }).deck;
    deck.slide(n, 0, Number.MAX_SAFE_INTEGER);
  }, index);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const png = await page.screenshot({ type: 'png', animations: 'disabled' });
  return `data:image/png;base64,${png.toString('base64')}`;
}

function handoutHtml(deck: CompiledDeck, pictures: readonly string[], styles: readonly string[]): string {
  const { meta } = deck;
  const labels = labelsFor(meta.lang);
  const pages = deck.slides.map((slide, index) => {
    const number = `${labels.slide} ${digits(index + 1, meta.numerals)} ${labels.of} ${digits(deck.slides.length, meta.numerals)}`;
    const notes = slide.notes.map((p) => `<p dir="auto">${escapeHtml(p)}</p>`).join('');
    const words = slide.notes.join(' ').split(/\s+/u).length;
    return `<section class="handout-page${words > 280 ? ' long' : ''}"><h2>${escapeHtml(number)}</h2><img src="${pictures[index] ?? ''}" alt="" /><h3>${escapeHtml(labels.speakerNotes)}</h3>${notes}</section>`;
  });
  const links = styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`).join('');
  return `<!doctype html><html lang="${escapeHtml(meta.lang)}" dir="${meta.dir}"><head><meta charset="utf-8" />${links}<style>${HANDOUT_CSS}</style></head><body>${pages.join('')}</body></html>`;
}

const HANDOUT_CSS = `
@page { size: A4 portrait; margin: 14mm 16mm; }
html, body { background: #fff; margin: 0; }
body { font-family: 'IBM Plex Sans Arabic', 'IBM Plex Sans Hebrew', sans-serif; color: #13233a; }
.handout-page { break-after: page; }
.handout-page:last-child { break-after: auto; }
.handout-page h2 { font-family: 'Noto Kufi Arabic', 'IBM Plex Sans Arabic', sans-serif; font-size: 12pt; font-weight: 700; color: #a3262a; margin: 0 0 3mm; }
.handout-page img { display: block; width: 100%; border: 0.3mm solid #c9d3e0; margin-block-end: 6mm; }
.handout-page h3 { font-family: 'Noto Kufi Arabic', 'IBM Plex Sans Arabic', sans-serif; font-size: 11pt; font-weight: 700; margin: 0 0 2mm; }
.handout-page p { font-size: 10.5pt; line-height: 1.7; margin: 0 0 2.5mm; text-align: start; text-wrap: pretty; unicode-bidi: isolate; }
.handout-page.long p { font-size: 9pt; line-height: 1.55; }
`;
