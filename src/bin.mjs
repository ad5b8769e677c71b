#!/usr/bin/env node
// The `deck` command: loads the TypeScript CLI through tsx, so it runs from a clone without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
