// The slides of a briefing deck: one variant per kind of slide, each with the fields its layout needs.

/** What a list of points in an article is: the kind its slides get. */
export const ITEM_KINDS = ['cause', 'consequences', 'scenario', 'recommendation', 'lesson', 'finding', 'point'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Every kind a slide file may declare. `point` and `section` are the general forms, when no other kind fits. */
export const SLIDE_KINDS = [
  'title',
  'agenda',
  'context',
  'divider',
  ...ITEM_KINDS,
  'section',
  'outlooks',
  'conclusion',
  'source',
] as const;

export type SlideKind = (typeof SLIDE_KINDS)[number];

interface SlideBase {
  /** Stable, URL-safe name: the slide's deep link is `#/<id>`. */
  id: string;
  /** The heading the slide shows. */
  title: string;
  /** The article's lines this slide was made from, word for word, for the speaker. */
  notes: string[];
}

/** One bullet: the text, and a short bold lead phrase when the article gives one («الرقابة: …»). */
export interface Bullet {
  lead?: string;
  text: string;
}

export interface AgendaEntry {
  label: string;
  /** The `id` of the slide the entry links to. */
  target: string;
}

export interface View {
  /** A short name for the view: «الاتجاه الأول». */
  label: string;
  /** The view's claim, as one clause of the article. */
  claim: string;
}

export interface Byline {
  author?: string;
  publisher?: string;
  date?: string;
}

export type Slide =
  | (SlideBase & { kind: 'title'; kicker?: string; subtitle?: string; presenter?: string; logo?: string } & Byline)
  | (SlideBase & { kind: 'agenda'; entries: AgendaEntry[] })
  | (SlideBase & { kind: 'divider'; group: ItemKind; lead?: string; points: string[] })
  | (SlideBase & { kind: 'context' | ItemKind | 'section'; bullets: Bullet[] })
  | (SlideBase & { kind: 'outlooks'; lead?: string; views: [View, View] })
  | (SlideBase & { kind: 'conclusion'; lead: string; bullets: Bullet[] })
  | (SlideBase & { kind: 'source'; articleId?: string } & Byline);

/** Slides that show bullets. */
export type BulletSlide = Extract<Slide, { bullets: Bullet[] }>;
