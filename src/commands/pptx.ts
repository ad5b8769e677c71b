// `deck pptx`: the slide files as an editable PowerPoint deck, and beside it the deck's faces as .ttf files
// to install. The file access around the pptx stage (src/pptx/), which itself touches no disk.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { replaceAtomically } from '../atomic.ts';
import { writing } from '../disk-errors.ts';
import { deckMeta } from '../deck/meta.ts';
import { readSlides } from '../deck/read.ts';
import { parseSlideFile } from '../deck/slide-file.ts';
import { assertOutputPath, assertReplaceableFile, makeFolder } from '../output.ts';
import { layoutDeck } from '../pptx/layout.ts';
import { facesFor } from '../pptx/model.ts';
import { type Picture, pictureOf } from '../pptx/picture.ts';
import { writePptx } from '../pptx/write.ts';
import { PROJECT_ROOT } from '../vite/root.ts';
import type { Console } from './console.ts';

export interface PptxCommandOptions {
  slides: string;
  out: string;
  /** False: an audience deck, with no speaker notes anywhere in the package. */
  notes: boolean;
}

export const PPTX_DEFAULTS: PptxCommandOptions = { slides: 'slides', out: 'out/deck.pptx', notes: true };

export async function pptx(options: PptxCommandOptions, console: Console): Promise<number> {
  const out = resolve(options.out);
  assertOutputPath(out, { slides: options.slides, project: PROJECT_ROOT }, '--out');
  assertReplaceableFile(out, 'pptx', 'deck pptx');
  const files = await readSlides(options.slides);
  const meta = deckMeta(files.map(parseSlideFile));
  const logo = meta.logo === undefined ? undefined : await logoPicture(options.slides, meta.logo, console);
  const deck = layoutDeck(files, { notes: options.notes, ...(logo === undefined ? {} : { logo }) });
  const bytes = await writePptx(deck);
  await writing(out, async () => {
    await makeFolder(dirname(out));
    await replaceAtomically(out, (temp) => writeFile(temp, bytes));
  }, 'the PowerPoint file');
  const fonts = join(dirname(out), 'fonts');
  await writing(fonts, () => writeFonts(fonts, deck.lang), 'the fonts');
  const shown = relative(process.cwd(), out) || out;
  const notes = options.notes ? 'with speaker notes' : 'no speaker notes';
  console.log(`deck: wrote ${shown} (${deck.slides.length} slides, ${notes}, ${(bytes.length / 1024).toFixed(0)} KB)`);
  console.log(`deck: the deck's faces are in ${relative(process.cwd(), fonts) || fonts}/: install them where the deck is opened (see the README, "PowerPoint")`);
  return 0;
}

// -- internal --

/** The .ttf files of a deck's faces: the whole fonts (Arabic, Latin, digits), as Google Fonts ships them. */
const FONT_FILES: Readonly<Record<string, readonly string[]>> = {
  'IBM Plex Sans Arabic': ['ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf', 'ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf'],
  'Noto Kufi Arabic': ['noto-kufi-arabic/700Bold/NotoKufiArabic_700Bold.ttf'],
  'IBM Plex Sans Hebrew': ['ibm-plex-sans-hebrew/400Regular/IBMPlexSansHebrew_400Regular.ttf', 'ibm-plex-sans-hebrew/700Bold/IBMPlexSansHebrew_700Bold.ttf'],
};

/** Writes the deck's faces, and the licence they come under (the OFL asks that it travel with them), into `folder`. */
async function writeFonts(folder: string, lang: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const faces = facesFor(lang);
  await makeFolder(folder);
  for (const face of new Set([faces.body, faces.heading])) {
    for (const file of FONT_FILES[face] ?? []) {
      const source = require.resolve(`@expo-google-fonts/${file}`);
      await replaceAtomically(join(folder, basename(source)), (temp) => copyFile(source, temp));
    }
  }
  const licence = require.resolve('@expo-google-fonts/ibm-plex-sans-arabic/LICENSE_FONT');
  await replaceAtomically(join(folder, 'OFL.txt'), (temp) => copyFile(licence, temp));
}

/** The logo the title slide names, as a picture; a kind PowerPoint cannot show (WebP) is left out, with a word. */
async function logoPicture(slides: string, file: string, console: Console): Promise<Picture | undefined> {
  const picture = pictureOf(file, new Uint8Array(await readFile(join(slides, file))));
  if (picture === undefined) console.warn(`deck: the logo ${file} is left out of the PowerPoint deck: PowerPoint shows PNG, JPEG and SVG pictures`);
  return picture;
}
