// `deck pdf` right after a slide file changed, as for an analyst fixing a typo before sending the PDF.
// Median of 3, each after a fresh edit.
import { appendFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { readSlides } from '../deck/read.ts';
import { exportPdf } from '../pdf/export.ts';
import { median, timed } from './measure.ts';

export async function timePdfAfterEdit(slides: string, work: string, chromium: string | undefined): Promise<number> {
  const edited = join(work, 'edited-slides');
  await cp(slides, edited, { recursive: true });
  const last = (await readSlides(edited)).at(-1)?.path;
  if (last === undefined) throw new Error(`no slide files in ${edited}`);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    // A word more in the last slide's notes: new slide files, so no earlier page of them fits.
    await appendFile(last, `\nتعديل ${run}\n`);
    times.push(await timed(() => exportPdf({ slides: edited, out: join(work, 'after-edit.pdf'), notes: false, handout: false, port: 0, chromium }, () => {})));
  }
  return median(times);
}
