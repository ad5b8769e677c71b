// Cleans the HTML that Markdown in a slide produces: slide files are untrusted, the deck must run no script from them.
import sanitizeHtml from 'sanitize-html';

export interface SanitizeOptions {
  /** Reveal list items one by one (`class="fragment"` on every `li`). */
  fragments: boolean;
}

/**
 * Keeps text markup, links, images, tables and `class`; drops scripts, event handlers, iframes, forms,
 * styles, nested `<section>`s (reveal would read them as slides) and any URL that is not http(s),
 * mailto or relative. Images load only from the deck itself.
 */
export function sanitizeSlideHtml(html: string, options: SanitizeOptions): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      '*': ['class', 'dir', 'lang', 'title', 'data-fragment-index', 'data-id'],
      a: ['href', 'name', 'target', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      ol: ['start'],
      th: ['colspan', 'rowspan', 'align'],
      td: ['colspan', 'rowspan', 'align'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    // Pictures come from the deck itself (a relative path): a slide never loads one from elsewhere.
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Speaker notes written as HTML in a body are never shown, not even their text.
    exclusiveFilter: (frame) => frame.tag === 'aside' && /(?:^|\s)notes(?:\s|$)/u.test(frame.attribs['class'] ?? ''),
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: linkAttributes(attribs) }),
      ...(options.fragments ? { li: (tagName, attribs) => ({ tagName, attribs: withClass(attribs, 'fragment') }) } : {}),
    },
  });
}

// -- internal --

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins',
  'code', 'pre', 'blockquote', 'br', 'hr', 'span', 'div', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody',
  'tr', 'th', 'td', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q', 'bdi', 'bdo', 'aside',
];

function withClass(attribs: sanitizeHtml.Attributes, name: string): sanitizeHtml.Attributes {
  const classes = new Set((attribs['class'] ?? '').split(/\s+/u).filter(Boolean));
  classes.add(name);
  return { ...attribs, class: [...classes].join(' ') };
}

/** Links that leave the deck open in a new tab and cannot reach back into it. */
function linkAttributes(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const href = attribs['href'] ?? '';
  if (href.startsWith('#') || href === '') return attribs;
  return { ...attribs, target: '_blank', rel: 'noopener noreferrer' };
}
