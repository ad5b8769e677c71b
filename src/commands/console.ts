// Where commands report to: the terminal in the CLI, a recorder in tests.

export interface Console {
  /** Progress and results, on standard output. */
  log(line: string): void;
  /** Something the user may want to check; the run goes on. On standard error. */
  warn(line: string): void;
}

export const terminal: Console = {
  log: (line) => process.stdout.write(`${printable(line)}\n`),
  warn: (line) => process.stderr.write(`deck: warning: ${printable(line)}\n`),
};

/**
 * `text` without control characters (C0 but tab and newline, DEL, C1): an article or a slide file may hold
 * «ESC[2J» or a bell, and a message that quotes it must not clear the user's terminal or ring.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu, '\uFFFD');
}
