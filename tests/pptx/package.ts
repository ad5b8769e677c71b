// Test helpers: a slides folder as a .pptx package in memory, and the parts of a package a test reads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readSlides } from '../../src/deck/read.ts';
import { layoutDeck } from '../../src/pptx/layout.ts';
import type { PptDeck } from '../../src/pptx/model.ts';
import { pictureOf } from '../../src/pptx/picture.ts';
import { writePptx } from '../../src/pptx/write.ts';

export interface Package {
  deck: PptDeck;
  zip: JSZip;
  /** Every XML part, by name. */
  parts: Map<string, string>;
}

export async function packageOf(slides: string, options: { notes?: boolean; logo?: string } = {}): Promise<Package> {
  const files = await readSlides(slides);
  const logo = options.logo === undefined ? undefined : pictureOf(options.logo, new Uint8Array(await readFile(join(slides, options.logo))));
  const deck = layoutDeck(files, { notes: options.notes ?? true, ...(logo === undefined ? {} : { logo }) });
  return readPackage(await writePptx(deck), deck);
}

export async function readPackage(bytes: Uint8Array, deck: PptDeck): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(?:xml|rels)$/u.test(n))) parts.set(name, await zip.file(name)!.async('string'));
  return { deck, zip, parts };
}

export function part(pkg: Package, name: string): string {
  const xml = pkg.parts.get(name);
  if (xml === undefined) throw new Error(`no ${name} in the package`);
  return xml;
}

/** The slide parts in deck order. */
export function slideParts(pkg: Package, folder: 'slides' | 'notesSlides'): string[] {
  const base = folder === 'slides' ? 'slide' : 'notesSlide';
  return pkg.deck.slides.map((_slide, index) => part(pkg, `ppt/${folder}/${base}${index + 1}.xml`));
}

/** Each paragraph of a part: its properties and the text of its runs. */
export function paragraphs(xml: string): { pPr: string; runs: string[]; text: string }[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/gu)].map((match) => {
    const body = match[1] ?? '';
    const runs = [...body.matchAll(/<a:rPr[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>)/gu)].map((m) => m[0]);
    const text = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => unescape(m[1] ?? '')).join('');
    return { pPr: /<a:pPr[^>]*>/u.exec(body)?.[0] ?? '', runs, text };
  });
}

function unescape(text: string): string {
  return text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
}
