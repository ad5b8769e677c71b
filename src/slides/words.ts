// Keeps every word a slide shows within a width a slide can hold; the notes keep the text as written.
import type { Bullet, Slide } from './model.ts';

/** The longest word a slide shows whole; longer runs (a pasted URL, a line with no spaces) are cut. */
export const MAX_WORD_CHARS = 40;

/** The slide with every shown word within MAX_WORD_CHARS. */
export function withShortWords(slide: Slide): Slide {
  const shown = { title: clamp(slide.title) };
  const bullets = (list: readonly Bullet[]): Bullet[] => list.map((b) => ({ ...b, text: clamp(b.text), ...(b.lead === undefined ? {} : { lead: clamp(b.lead) }) }));
  switch (slide.kind) {
    case 'title':
      return { ...slide, ...shown, ...clampAll({ kicker: slide.kicker, subtitle: slide.subtitle, author: slide.author, publisher: slide.publisher, date: slide.date, presenter: slide.presenter }) };
    case 'source':
      return { ...slide, ...shown, ...clampAll({ author: slide.author, publisher: slide.publisher, date: slide.date }) };
    case 'agenda':
      return { ...slide, ...shown, entries: slide.entries.map((e) => ({ ...e, label: clamp(e.label) })) };
    case 'divider':
      return { ...slide, ...shown, ...clampAll({ lead: slide.lead }), points: slide.points.map(clamp) };
    case 'context':
    case 'cause':
    case 'consequences':
    case 'scenario':
    case 'recommendation':
    case 'lesson':
    case 'finding':
    case 'point':
    case 'section':
      return { ...slide, ...shown, bullets: bullets(slide.bullets) };
    case 'outlooks':
      return {
        ...slide,
        ...shown,
        ...clampAll({ lead: slide.lead }),
        views: [{ ...slide.views[0], claim: clamp(slide.views[0].claim) }, { ...slide.views[1], claim: clamp(slide.views[1].claim) }],
      };
    case 'conclusion':
      return { ...slide, ...shown, lead: clamp(slide.lead), bullets: bullets(slide.bullets) };
  }
}

// -- internal --

function clamp(text: string): string {
  return text.replace(new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'gu'), (word) => `${[...word].slice(0, MAX_WORD_CHARS).join('')}…`);
}

function clampAll(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([key, value]) => (value === undefined ? [] : [[key, clamp(value)]])));
}
