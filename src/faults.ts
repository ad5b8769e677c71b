// Test-only fault points: `DECK_FAULT=<point>` makes the process kill itself at that point (SIGKILL, or
// SIGINT with `<point>:int`), so the tests can interrupt a write at every step of it, not just where a
// timer happens to land. Without the variable (as in any real use) it does nothing.

export function faultPoint(point: string): void {
  const fault = process.env['DECK_FAULT'];
  if (fault === point) process.kill(process.pid, 'SIGKILL');
  if (fault === `${point}:int`) process.kill(process.pid, 'SIGINT');
}
