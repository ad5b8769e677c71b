import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import { formatSlides } from '../../src/slides/format.ts';
import { planSlides } from '../../src/slides/plan.ts';
import { hasDrift, planSync } from '../../src/slides/sync.ts';
import { firstArticle } from '../helpers.ts';

const article = parseArticle(firstArticle());
const wanted = formatSlides(planSlides(article).slides, article);
const onDisk = (): Map<string, string> => new Map(wanted.map((f) => [f.name, f.content]));
const kinds = (actions: ReturnType<typeof planSync>): string[] => actions.map((a) => a.kind);

describe('planSync', () => {
  it('writes every file into an empty folder', () => {
    expect(new Set(kinds(planSync(wanted, new Map(), false)))).toEqual(new Set(['write']));
  });

  it('leaves a folder that is up to date alone, and sees no drift', () => {
    const actions = planSync(wanted, onDisk(), false);
    expect(new Set(kinds(actions))).toEqual(new Set(['unchanged']));
    expect(hasDrift(actions)).toBe(false);
  });

  it('rewrites a generated file that is out of date', () => {
    const old = formatSlides(planSlides(parseArticle(firstArticle().replace('صدمة الواقع', 'صدمة الحقيقة'))).slides, article);
    const disk = new Map(old.map((f) => [f.name, f.content]));
    const actions = planSync(wanted, disk, false);
    expect(actions.filter((a) => a.kind === 'write').map((a) => (a.kind === 'write' ? a.file.name : ''))).toEqual(['04-causes.md', '07-cause-3.md']);
  });

  it('keeps a hand-edited file unless forced, and does not count it as drift', () => {
    const disk = onDisk();
    disk.set('05-cause-1.md', `${disk.get('05-cause-1.md')}\nملاحظة المحلل\n`);
    const kept = planSync(wanted, disk, false);
    expect(kept.find((a) => a.kind === 'keep-edited')).toEqual({ kind: 'keep-edited', name: '05-cause-1.md', wanted: true });
    expect(hasDrift(kept)).toBe(false);
    expect(planSync(wanted, disk, true).find((a) => a.kind === 'overwrite')).toMatchObject({ file: { name: '05-cause-1.md' } });
  });

  it('removes a generated file the deck no longer has, but never one a person wrote or edited', () => {
    const disk = onDisk();
    disk.set('14-old.md', disk.get('13-source.md')?.replace('id: source', 'id: old') ?? '');
    disk.set('15-mine.md', '---\nid: mine\nkind: section\ntitle: ملاحظاتي\n---\n\n## ملاحظاتي\n');
    disk.set('16-stale.md', disk.get('13-source.md') ?? '');
    const actions = planSync(wanted, disk, true);
    expect(actions.filter((a) => a.kind !== 'unchanged')).toEqual([
      { kind: 'keep-edited', name: '14-old.md', wanted: false },
      { kind: 'keep-edited', name: '15-mine.md', wanted: false },
      { kind: 'remove', name: '16-stale.md' },
    ]);
  });
});
