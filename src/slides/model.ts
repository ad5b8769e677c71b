// The slides of a briefing deck: one variant per kind of slide, each with the fields its layout needs.

/** Every kind a slide file may declare. `point` and `section` are the general forms of `cause` and `consequences`. */
export const SLIDE_KINDS = [
  'title',
  'agenda',
  'context',
  'cause',
  'point',
  'consequences',
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
  /** The article's paragraphs this slide was made from, word for word, for the speaker. */
  notes: string[];
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

export type Slide =
  | (SlideBase & { kind: 'title'; kicker?: string; source?: string })
  | (SlideBase & { kind: 'agenda'; entries: AgendaEntry[] })
  | (SlideBase & { kind: 'context' | 'cause' | 'point' | 'consequences' | 'section'; bullets: string[] })
  | (SlideBase & { kind: 'outlooks'; lead?: string; views: [View, View] })
  | (SlideBase & { kind: 'conclusion'; lead: string; bullets: string[] })
  | (SlideBase & { kind: 'source'; source?: string; articleId?: string; articleTitle: string });

/** Slide kinds the agenda links to: the body of the argument. */
export function isAgendaTarget(slide: Slide): boolean {
  switch (slide.kind) {
    case 'cause':
    case 'point':
    case 'consequences':
    case 'section':
    case 'outlooks':
    case 'conclusion':
      return true;
    case 'title':
    case 'agenda':
    case 'context':
    case 'source':
      return false;
  }
}
