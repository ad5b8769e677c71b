// `deck pdf`: the deck as a PDF of its slides, or with --notes as a handout, showing each step as it goes.
import { relative } from 'node:path';
import { defaultPdfOptions, exportPdf, type PdfOptions } from '../pdf/export.ts';
import type { Console } from './console.ts';

export interface PdfCommandOptions {
  slides?: string;
  out?: string;
  notes?: boolean;
  port?: number;
}

export async function pdf(flags: PdfCommandOptions, console: Console): Promise<number> {
  const defaults = defaultPdfOptions(flags.notes === true);
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
