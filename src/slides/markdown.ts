// Writes article text into Markdown so that it shows exactly as written, never as markup.

/**
 * `text` with every character Markdown or HTML would read as syntax escaped. Colons too: GFM would turn
 * a bare `https://…` in the article into a link, and take escaped text after it into the address.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~!&:]/g, (ch) => (ch === '<' ? '&lt;' : ch === '&' ? '&amp;' : `\\${ch}`))
    .replace(/^(\s*)([-+=])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2')
    .replace(/[\r\n]+/g, ' ');
}

/** A link target that stays inside the deck: only `#/id` fragments made of safe characters. */
export function slideLink(id: string): string {
  return `#/${encodeURIComponent(id)}`;
}
