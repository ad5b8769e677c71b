// The body of an article as a reader outlines it: sections under headings, items under sections, two levels deep.
import { words } from '../text/normalize.ts';
import { asideKind } from './asides.ts';
import {
  couldBeBareHeading,
  headingText,
  isBareNumber,
  isColonHeading,
  isConclusionHeading,
  isMarkdownHeading,
  namesPart,
  type ItemMarker,
  readFinalOrdinal,
  readItemMarker,
} from './markers.ts';
import type { Item, Paragraph, Section } from './model.ts';

export interface Body {
  /** Paragraphs before the first section. */
  intro: Paragraph[];
  sections: Section[];
}

/** Outlines the body lines (front and back already taken off). */
export function outlineBody(lines: readonly Paragraph[]): Body {
  const blocks = classify(lines);
  const intro: Paragraph[] = [];
  const sections: Section[] = [];
  let current: Draft | undefined;
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.kind === 'heading') {
      current = startSection(block.line, headingText(block.text), [block.line]);
      sections.push(current);
    } else if (block.kind === 'item') {
      current ??= pushed(sections, startSection(block.line, '', []));
      addItem(current, block);
    } else if (endsInColon(block.line) && next?.kind === 'item' && opensNewList(current)) {
      current = startSection(block.line, '', []);
      current.leadText = lastSentence(block.line.text);
      // The article's very first paragraph is its context, even when it announces the list after it.
      if (sections.length === 0 && intro.length === 0) intro.push(block.line);
      else current.paragraphs.push(block.line);
      sections.push(current);
    } else if (current === undefined) {
      intro.push(block.line);
    } else {
      addParagraph(current, block.line);
    }
  });
  return { intro, sections: sections.flatMap(promoteOrdinalSections).map(withCue) };
}

// -- internal --

type Block =
  | { kind: 'heading'; line: Paragraph; text: string }
  | { kind: 'item'; line: Paragraph; marker: ItemMarker }
  | { kind: 'paragraph'; line: Paragraph };

interface Draft extends Section {
  /** The marker family of the section's own items; other families under them are their children. */
  family?: ItemMarker['family'];
  /** The heading of the section this one was cut from. */
  parent?: string;
  /** The sentence that announced the section's list («… أبرزها ما يلي:»), wherever it is kept. */
  leadText?: string;
}

function classify(lines: readonly Paragraph[]): Block[] {
  let previousFamily: ItemMarker['family'] | undefined;
  return lines.map((line, index): Block => {
    const aside = asideKind(line.text) ?? (isBareNumber(line.text) ? 'label' : undefined);
    if (aside !== undefined) return { kind: 'paragraph', line: { ...line, aside } };
    const marker = readItemMarker(line.text) ?? (previousFamily === 'ordinal' ? readFinalOrdinal(line.text) : undefined);
    if (marker !== undefined && (marker.family === 'roman' || namesPart(marker))) return { kind: 'heading', line, text: marker.text };
    if (marker !== undefined) {
      previousFamily = marker.family;
      return { kind: 'item', line, marker };
    }
    if (isHeading(line, lines[index + 1])) return { kind: 'heading', line, text: line.text };
    return { kind: 'paragraph', line };
  });
}

function isHeading(line: Paragraph, next: Paragraph | undefined): boolean {
  if (isMarkdownHeading(line.text) || isColonHeading(line.text)) return true;
  if (next === undefined || !couldBeBareHeading(line.text)) return false;
  if (isConclusionHeading(line.text)) return true;
  return readItemMarker(next.text) !== undefined || words(next.text).length > words(line.text).length * 2;
}

function startSection(line: Paragraph, heading: string, headingLines: Paragraph[]): Draft {
  return { heading, line: line.line, headingLines, paragraphs: [], items: [], cue: heading };
}

function pushed(sections: Section[], section: Draft): Draft {
  sections.push(section);
  return section;
}

function addItem(section: Draft, { line, marker }: { line: Paragraph; marker: ItemMarker }): void {
  const item: Item = {
    number: marker.number,
    marker: marker.marker,
    ...(marker.noun === undefined ? {} : { noun: marker.noun }),
    text: marker.text,
    paragraphs: [line],
    children: [],
  };
  const parent = section.items.at(-1);
  if (section.family === undefined || marker.family === section.family || parent === undefined) {
    section.family ??= marker.family;
    section.items.push({ ...item, number: item.number || section.items.length + 1 });
  } else {
    parent.children.push({ ...item, number: item.number || parent.children.length + 1 });
  }
}

function addParagraph(section: Draft, paragraph: Paragraph): void {
  const item = section.items.at(-1);
  if (item === undefined) section.paragraphs.push(paragraph);
  else (item.children.at(-1) ?? item).paragraphs.push(paragraph);
}

/**
 * A lead ending in a colon starts a section of its own unless it is the first thing its heading says:
 * after items, after no heading, or after two paragraphs on the heading's own subject («… وخلصت الندوة
 * إلى جملة من التوصيات، أبرزها:»).
 */
function opensNewList(current: Draft | undefined): boolean {
  if (current === undefined || current.items.length > 0 || current.heading === '') return true;
  return current.paragraphs.filter((p) => p.aside === undefined).length >= 2;
}

function endsInColon(paragraph: Paragraph): boolean {
  return paragraph.aside === undefined && /[:\uFF1A]$/u.test(paragraph.text);
}

/**
 * Ordinal points that read as headings («أولاً: العوامل السياسية: …») and hold numbered points of
 * their own become sections; the section they sat in keeps only its own paragraphs.
 */
function promoteOrdinalSections(section: Draft): Draft[] {
  const headingLike = section.items.every((item) => headOf(item.text) !== undefined);
  if (!headingLike || !section.items.some((item) => item.children.length >= 2)) return [section];
  const parent: Draft = { ...section, items: [] };
  const children = section.items.map((item): Draft => {
    const { head, lead } = headOf(item.text) ?? { head: item.text };
    const [line, ...paragraphs] = item.paragraphs;
    return {
      heading: head,
      line: line?.line ?? section.line,
      headingLines: line === undefined ? [] : [line],
      ...(lead === undefined ? {} : { lead }),
      paragraphs,
      items: item.children,
      cue: head,
      ...(section.heading === '' ? {} : { parent: section.heading }),
    };
  });
  const keepParent = parent.headingLines.length > 0 || parent.paragraphs.length > 0;
  return keepParent ? [parent, ...children] : children;
}

/** A heading-like point: short, or a short head before a colon and its lead sentence. */
function headOf(text: string): { head: string; lead?: string } | undefined {
  const colon = /^([^:\uFF1A]+?)\s*[:\uFF1A]\s*(.*)$/u.exec(text);
  if (colon?.[1] !== undefined && words(colon[1]).length <= 8) {
    const lead = colon[2]?.trim() ?? '';
    return lead === '' ? { head: colon[1] } : { head: colon[1], lead };
  }
  return words(text).length <= 10 && !/[.\u060C,]/u.test(text) ? { head: text.replace(/[.\s]+$/u, '') } : undefined;
}

/** «… . ويمكن إجمال أبرز هذه التحديات فيما يلي:» → its last sentence, the one that announces the list. */
function lastSentence(text: string): string {
  return text.split(/(?<=[.!?\u061F\u061B;])\s+/u).at(-1) ?? text;
}

/** The words that say what a section is about: its heading, its parent's, its lead, its items' nouns. */
function withCue(section: Draft): Section {
  const lead = section.paragraphs.filter((p) => p.aside === undefined && /[:\uFF1A]$/u.test(p.text)).map((p) => lastSentence(p.text));
  const nouns = section.items.map((item) => item.noun ?? '');
  const cue = [section.parent ?? '', section.heading, section.lead ?? '', ...nouns].filter((part) => part !== '').join(' | ');
  const { family: _family, parent: _parent, leadText: _leadText, ...plain } = section;
  const announcement = section.leadText ?? lead.at(-1);
  return { ...plain, cue, ...(announcement === undefined ? {} : { announcement }) };
}
