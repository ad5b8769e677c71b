// Bytes as base64 text, with the browser's own `btoa` (in Node too), so the stages that need it import nothing from `node:`.

/** `bytes` as base64, a chunk at a time to keep the argument list short. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
