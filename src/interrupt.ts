// Ctrl-C during a write: remove what was half made, so the previous output is what remains.
import { rmSync } from 'node:fs';

/**
 * While the returned function has not been called, Ctrl-C (SIGINT) or SIGTERM removes `paths()` and
 * ends the process with the conventional code (130 for SIGINT, 143 for SIGTERM). A second signal
 * during the clean-up is absorbed, so an impatient double Ctrl-C cannot cut it short.
 */
export function removeOnInterrupt(paths: () => Iterable<string>): () => void {
  let cleaning = false;
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = (): void => {
      if (cleaning) return;
      cleaning = true;
      for (const path of paths()) rmSync(path, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  };
}
