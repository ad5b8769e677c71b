// The CSS unicode-range descriptor, both ways: code points written as one, and one read back as code points.

/** Code points as a CSS unicode-range, consecutive ones joined into spans: `U+20,U+600-60C`. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].filter((c) => c >= 0x20).sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let end = i;
    while (end + 1 < sorted.length && (sorted[end + 1] as number) === (sorted[end] as number) + 1) end++;
    const hex = (c: number | undefined): string => (c ?? 0).toString(16).toUpperCase();
    spans.push(end === i ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[end])}`);
    i = end + 1;
  }
  // A face that draws nothing the deck uses still needs a valid range; U+FFFF is never text.
  return spans.length > 0 ? spans.join(',') : 'U+FFFF';
}

/** Whether `codePoint` lies in `range` (`U+20,U+600-60C`, `U+4??`, as a browser writes or reads it). */
export function inUnicodeRange(range: string, codePoint: number): boolean {
  return range.split(',').some((span) => {
    const match = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/iu.exec(span);
    if (match === null) return false;
    const [, first = '', last] = match;
    const from = Number.parseInt(first.replaceAll('?', '0'), 16);
    const to = last === undefined ? Number.parseInt(first.replaceAll('?', 'F'), 16) : Number.parseInt(last, 16);
    return codePoint >= from && codePoint <= to;
  });
}
