#!/usr/bin/env node
// The `deck` command: loads the TypeScript CLI through tsx, so it runs from a clone without a build step.
import { register } from 'tsx/esm/api';

// Stopped by Ctrl-C or a SIGTERM: say so in one line and exit with the conventional code. (Commands that are
// writing put things right first: their own handlers run in the same tick, before the exit below.)
for (const [signal, code, how] of [['SIGINT', 130, 'Ctrl-C'], ['SIGTERM', 143, 'SIGTERM']]) {
  process.on(signal, () => {
    process.stderr.write(`deck: stopped (${how}); nothing half-written was left\n`);
    setImmediate(() => process.exit(code));
  });
}

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
