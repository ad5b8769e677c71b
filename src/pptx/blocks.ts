// A slide's Markdown read as the blocks a PowerPoint slide is made of: headings, paragraphs, lists of runs.
import { Marked, type Token, type Tokens } from 'marked';

/** A stretch of text, bold or not. */
export interface Run {
  text: string;
  bold?: boolean;
}

export type Block =
  | { kind: 'heading'; depth: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] };

/** The blocks of a slide body, in order; links become their text (a slide in PowerPoint links nowhere). */
export function blocksOf(markdown: string): Block[] {
  const marked = new Marked({ gfm: true });
  marked.use({ tokenizer: { url: () => undefined } });
  return marked.lexer(markdown).flatMap((token): Block[] => {
    switch (token.type) {
      case 'heading':
        return [{ kind: 'heading', depth: (token as Tokens.Heading).depth, runs: runsOf((token as Tokens.Heading).tokens) }];
      case 'paragraph':
        return [{ kind: 'paragraph', runs: runsOf((token as Tokens.Paragraph).tokens) }];
      case 'list': {
        const list = token as Tokens.List;
        return [{ kind: 'list', ordered: list.ordered, items: list.items.map((item) => runsOf(item.tokens)) }];
      }
      default:
        return [];
    }
  });
}

/** The plain text of runs. */
export function textOf(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

// -- internal --

function runsOf(tokens: readonly Token[] | undefined, bold = false): Run[] {
  const runs: Run[] = [];
  for (const token of tokens ?? []) {
    const inner = 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : undefined;
    if (token.type === 'strong') runs.push(...runsOf(inner, true));
    else if (inner !== undefined) runs.push(...runsOf(inner, bold));
    else if (token.type === 'br') runs.push({ text: '\n' });
    else runs.push({ text: decode('text' in token ? String(token.text) : token.raw), ...(bold ? { bold } : {}) });
  }
  return merge(runs);
}

/** marked leaves entities in a token's text; the slide shows the characters. */
function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39);/gu, (_e, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[name] ?? '');
}

function merge(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last !== undefined && (last.bold ?? false) === (run.bold ?? false)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}
