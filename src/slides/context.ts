// What every slide-making step shares while a deck is planned: the language's words, ids, and the warnings.
import type { Paragraph } from '../article/model.ts';
import { comparable } from '../text/normalize.ts';
import { type QualityWarning, type WarningCode, warning } from '../warnings.ts';
import { type BulletOptions, type Candidate, bulletsFrom, candidateBullets } from './bullets.ts';
import { type Headline, headlineOf } from './headline.ts';
import type { Labels } from './labels.ts';
import type { Bullet } from './model.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What a slide may hold: measured against a 16:9 slide read from the back of a briefing room. */
export const LIMITS = {
  headlineWords: 8,
  bullet: { max: 4, maxWords: 18 } satisfies BulletOptions,
  // The context bullet keeps its sentence's object («أثار القرار … تساؤلات»), which needs a few more words.
  context: { max: 3, maxWords: 22 } satisfies BulletOptions,
  conclusionBullets: 3,
  /** A grouped slide's points: each item one bullet. */
  grouped: { max: 5, maxWords: 20, wordsPerSlide: 75 },
  /** An item this short is a bullet on its section's slide, not a slide of its own. */
  shortItemWords: 25,
  paragraphsPerSlide: 3,
  headlessParagraphsPerSlide: 2,
  dividerPoints: 6,
} as const;

export class PlanContext {
  readonly warnings: QualityWarning[] = [];
  private readonly ids = new Set<string>();

  constructor(
    readonly vocabulary: Vocabulary,
    readonly labels: Labels,
  ) {}

  warn(code: WarningCode, message: string, line?: number): void {
    this.warnings.push(warning(code, message, line));
  }

  /** `base`, or `base-2`, `base-3` … once taken; numbered kinds start at `base-1`. */
  id(base: string, numbered = false): string {
    const candidate = (n: number): string => (n === 1 && !numbered ? base : `${base}-${n}`);
    let n = 1;
    while (this.ids.has(candidate(n))) n++;
    this.ids.add(candidate(n));
    return candidate(n);
  }

  /** Bullets from `texts`, reporting those rebuilt or cut mid-phrase against `line`. */
  bullets(texts: readonly string[], options: BulletOptions, line: number | undefined): Bullet[] {
    return this.report(bulletsFrom(texts, this.vocabulary, options), line).map((bullet) => ({ text: bullet.text }));
  }

  /**
   * Bullets for a point headed by `headline`: from `rest` when a connector opens it («…، إذ يتمثل …»);
   * otherwise `rest` only continues the headline's clause («…، مستفيدةً من …», «…، والتي …»), so the bullets
   * come from the whole text and repeat its head rather than start mid-clause.
   */
  pointBullets(text: string, head: Headline, more: readonly string[], options: BulletOptions, line: number | undefined): Bullet[] {
    const { headline, rest, restStands } = head;
    const bullets = this.bullets([restStands || rest === '' ? rest : text, ...more], options, line);
    return bullets.filter((bullet) => comparable(bullet.text) !== comparable(headline));
  }

  /** The first clause of `text` that stands alone, for a lead or a view's claim. */
  firstClause(text: string, maxWords: number, line: number | undefined): string | undefined {
    return this.report(candidateBullets([text], this.vocabulary, maxWords).slice(0, 1), line)[0]?.text;
  }

  /** Reports what was done to `bullets` and returns them. */
  report(bullets: Candidate[], line: number | undefined): Candidate[] {
    for (const bullet of bullets) {
      if (bullet.rebuilt) this.warn('bullet-rebuilt', `a bullet was reworded to stand alone: «${bullet.text}»`, line);
      if (bullet.shortened) this.warn('bullet-shortened', `a bullet was cut mid-phrase: «${bullet.text}»`, line);
    }
    return bullets;
  }

  /** The head phrase of `text` as a headline, reporting a cut. */
  headline(text: string, line: number | undefined, maxWords: number = LIMITS.headlineWords): Headline {
    const head = headlineOf(text, this.vocabulary, maxWords);
    if (head.shortened) this.warn('headline-shortened', `the headline «${head.headline}» is shorter than its phrase; check that it says enough`, line);
    return head;
  }
}

/** The text of the lines a reader reads as prose: asides (navigation, captions …) left out. */
export function prose(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.filter((p) => p.aside === undefined).map((p) => p.text);
}

export function texts(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map((p) => p.text);
}
