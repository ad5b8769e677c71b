// Where commands report to: the terminal in the CLI, a recorder in tests.

export interface Console {
  /** Progress and results, on standard output. */
  log(line: string): void;
  /** Something the user may want to check; the run goes on. On standard error. */
  warn(line: string): void;
}

export const terminal: Console = {
  log: (line) => process.stdout.write(`${line}\n`),
  warn: (line) => process.stderr.write(`deck: warning: ${line}\n`),
};
