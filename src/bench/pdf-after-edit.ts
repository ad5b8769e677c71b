// `deck pdf` right after a slide file changed: the build is redone before printing, as it is for an analyst
// fixing a typo before sending the PDF. Median of 3, each after a fresh edit.
import { appendFile, cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportPdf } from '../pdf/export.ts';
import { median } from './measure.ts';

export async function timePdfAfterEdit(slides: string, work: string, chromium: string | undefined): Promise<number> {
  const edited = join(work, 'edited-slides');
  await cp(slides, edited, { recursive: true });
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    // A word more in the last slide's notes: new slide files, so no earlier build fits them.
    await appendFile(join(edited, await lastSlideFile(edited)), `\nتعديل ${run}\n`);
    const start = performance.now();
    await exportPdf({ slides: edited, out: join(work, 'after-edit.pdf'), notes: false, handout: false, port: 0, chromium }, () => {});
    times.push(performance.now() - start);
  }
  return median(times);
}

async function lastSlideFile(folder: string): Promise<string> {
  const names = (await readdir(folder)).filter((name) => /^\d+-.+\.md$/u.test(name)).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const last = names.at(-1);
  if (last === undefined) throw new Error(`no slide files in ${folder}`);
  return last;
}
