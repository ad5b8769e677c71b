// The digits a deck writes its own numbers in: one choice per deck, for every counter and label it adds.

/** `arab`: Arabic-Indic digits ٠–٩; `latn`: Western digits 0–9 (the names CSS and CLDR give them). */
export type Numerals = 'arab' | 'latn';

/** `value` written in `numerals`' digits: `digits(12, 'arab')` is «١٢». Other characters are kept. */
export function digits(value: number | string, numerals: Numerals): string {
  const text = String(value);
  return numerals === 'arab' ? text.replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d))) : text;
}

/** A field's value as a numerals choice, or undefined when it is not one. */
export function numeralsOf(value: unknown): Numerals | undefined {
  return value === 'arab' || value === 'latn' ? value : undefined;
}
