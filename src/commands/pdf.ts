// `deck pdf`: the deck as a PDF of its slides, or with --notes as a handout, showing each step as it goes.
import { relative } from 'node:path';
import { defaultPdfOptions, exportPdf, type PdfOptions } from '../pdf/export.ts';
import { ExportError } from '../errors.ts';
import type { Console } from './console.ts';

export interface PdfCommandOptions {
  slides?: string;
  out?: string;
  notes?: boolean;
  handout?: boolean;
  port?: number;
}

export async function pdf(flags: PdfCommandOptions, console: Console): Promise<number> {
  if (flags.notes === true && flags.handout === true) {
    throw new ExportError('pdf-options', '--notes and --handout are two layouts of the notes: give one of them', { hint: 'deck pdf --notes puts a notes page after each slide; deck pdf --handout puts each slide and its notes on one A4 page.' });
  }
  const defaults = defaultPdfOptions(flags.notes === true, flags.handout === true);
  const options: PdfOptions = { ...defaults, ...definedOnly(flags) };
  const result = await exportPdf(options, (step) => console.log(`deck: ${step}`));
  for (const { page, problem } of result.layout) console.warn(`page ${page}: ${problem}`);
  const shown = relative(process.cwd(), result.path) || result.path;
  console.log(`deck: wrote ${shown} (${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB)`);
  return 0;
}

// -- internal --

function definedOnly(flags: PdfCommandOptions): Partial<PdfOptions> {
  return Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined));
}
