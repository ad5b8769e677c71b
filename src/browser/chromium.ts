// Which Chromium to drive, and how: the system's Debian build where there is one, since browser downloads fail here.
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium run as root on a machine with no GPU and no outside network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] as const;

/**
 * `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`, else undefined (Playwright's own browser,
 * where one was installed).
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  const configured = env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') return configured;
  return exists('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
