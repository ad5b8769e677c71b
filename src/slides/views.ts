// Finds a paragraph that weighs two views against each other and splits it where the second view begins.
import { loosePhrase } from '../text/loose.ts';

export interface TwoViews {
  /** What comes before the first view: the question the views answer. */
  preamble: string;
  first: string;
  second: string;
}

/** The two views of a paragraph such as «… إذ اعتبر أحد الاتجاهات … في حين اعتبر اتجاه آخر …», or undefined. */
export function splitViews(paragraph: string): TwoViews | undefined {
  // «ففي حين يرى فريق أن …، يعتبر اتجاه آخر أن …»: «في حين» opens the first view when «آخر» names the second.
  const secondStart = firstClauseStart(paragraph, OTHER_VIEW, 1) ?? firstClauseStart(paragraph, SECOND_VIEW, 1);
  if (secondStart === undefined) return undefined;
  const before = paragraph.slice(0, secondStart);
  const firstStart = firstClauseStart(before, FIRST_VIEW, 0);
  if (firstStart === undefined && !VIEW_WORDS.test(before)) return undefined;
  const start = firstStart ?? 0;
  return {
    preamble: before.slice(0, start).trim(),
    first: before.slice(start).trim(),
    second: paragraph.slice(secondStart).trim(),
  };
}

/** The attribution a view opens with («في حين اعتبر اتجاه آخر أن»), which the view's label replaces. */
export function withoutAttribution(view: string): string {
  return view.replace(ATTRIBUTION, '').trim();
}

// -- internal --

const any = (phrases: string[]): string => phrases.map(loosePhrase).join('|');

const SECOND_VIEW = new RegExp(
  `(?:^|[\\s\\p{P}])(?:${any(['في حين', 'بينما', 'في المقابل', 'اتجاه اخر', 'راي اخر', 'فريق اخر', 'يري اخرون', 'يعتقد اخرون', 'يذهب اخرون'])}|on the other hand|whereas|in contrast|others (?:argue|say|believe|contend|warn)|critics (?:argue|say|warn)|another view)(?=$|[\\s\\p{P}])`,
  'giu',
);
const OTHER_VIEW = new RegExp(
  `(?:^|[\\s\\p{P}])(?:${any(['اتجاه اخر', 'راي اخر', 'فريق اخر', 'يري اخرون', 'يعتقد اخرون', 'يذهب اخرون'])}|others (?:argue|say|believe|contend|warn)|critics (?:argue|say|warn)|another view)(?=$|[\\s\\p{P}])`,
  'giu',
);
const FIRST_VIEW = new RegExp(
  `(?:^|[\\s\\p{P}])(?:${any(['احد الاتجاهات', 'الاتجاه الاول', 'اتجاه اول', 'يري البعض', 'راي البعض', 'اعتبر البعض', 'الراي الاول', 'فريق', 'ثمة من', 'هناك من', 'يري بعض', 'يعتقد البعض'])}|one view|on the one hand|some (?:argue|analysts|observers|experts|critics|officials|economists|commentators|see|believe)|proponents|supporters)(?=$|[\\s\\p{P}])`,
  'giu',
);
const VIEW_WORDS = new RegExp(`${any(['الرؤي', 'الاراء', 'اتجاه', 'سيناريو'])}|\\b(?:views?|scenarios?|outlooks?)\\b`, 'iu');

const ATTRIBUTION = new RegExp(
  // «ثمة من يرى أن …», «هناك من يعتقد أن …»
  `^(?:${any(['ثمة من', 'هناك من'])})[\\s\\u00A0]+(?:${any(['يري', 'يعتقد', 'يعتبر'])})[\\s\\u00A0]+(?:(?:${any(['ان', 'انه'])})[\\s\\u00A0]+)?|` +
  `^(?:(?:[وف]?(?:${any(['اذ', 'في حين', 'بينما', 'في المقابل', 'حيث'])}))[\\s\\u00A0]+)?` +
    `(?:[وف]?(?:${any(['اعتبر', 'يعتبر', 'يري', 'راي', 'يعتقد', 'اعتقد', 'ذهب', 'يذهب', 'تري', 'ترى'])})[\\s\\u00A0]+)?` +
    `(?:${any(['احد الاتجاهات', 'اتجاه اخر', 'الاتجاه الاول', 'الاتجاه الثاني', 'البعض', 'اخرون', 'فريق اخر', 'فريق'])})[\\s\\u00A0\\u060C,]+` +
    // «يرى فريق من المحللين أن …»: who the group is.
    `(?:(?:${any(['منهم'])}|${any(['من'])}[\\s\\u00A0]+\\S+)[\\s\\u00A0]+)?` +
    `(?:(?:${any(['الي ان', 'ان', 'انه'])})[\\s\\u00A0]+)?` +
    `|^(?:on the other hand,?\\s+|whereas\\s+|in contrast,?\\s+)?(?:one view|another view)\\s+(?:is\\s+)?(?:that\\s+)?` +
    `|^(?:on the other hand,?\\s+|whereas\\s+|in contrast,?\\s+)?(?:(?:some|many|other)\\s+)?(?:some|others|observers|analysts|experts|critics|officials|economists|commentators|proponents|supporters)\\s+(?:argue|say|believe|contend|warn|think|insist)\\s+(?:that\\s+)?`,
  'iu',
);

/** Where the clause holding the first match of `marker` (at or after clause `minClause`) begins. */
function firstClauseStart(text: string, marker: RegExp, minClause: number): number | undefined {
  for (const match of text.matchAll(marker)) {
    const start = clauseStartBefore(text, match.index);
    if (start > 0 || minClause === 0) return start;
  }
  return undefined;
}

function clauseStartBefore(text: string, index: number): number {
  const head = text.slice(0, index + 1);
  const boundary = Math.max(...[...'.,;\u060C\u061B!?\u061F'].map((mark) => head.lastIndexOf(mark)));
  return boundary === -1 ? 0 : boundary + 1 + (text.slice(boundary + 1).length - text.slice(boundary + 1).trimStart().length);
}
