// Which Chromium to drive, and how: the system's Debian build where there is one, since browser downloads fail here.
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium run as root on a machine with no GPU and no outside network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] as const;

/**
 * For a Chromium the tool itself drives (printing, the build's look at its first slide), not one measured
 * as a reader's: the network service runs inside the browser process instead of a process of its own,
 * which opens the first page about 0.15 s sooner here (a configuration Chrome ships on Android).
 */
export const TOOL_ARGS = ['--enable-features=NetworkServiceInProcess2'] as const;

/**
 * `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`, else undefined (Playwright's own browser,
 * where one was installed).
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  const configured = env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') return configured;
  return exists('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
