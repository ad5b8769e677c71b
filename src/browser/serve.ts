// Serves a built deck on the loopback interface, for the browser that prints it or takes its picture.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { ExportError } from '../errors.ts';

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` at http://127.0.0.1:`port`/ (a free port when `port` is 0). With `precompressed`, a file
 * with a `.gz` copy beside it is sent gzip-compressed, as a static host compresses text.
 */
export function serveFolder(dir: string, port = 0, { precompressed = false } = {}): Promise<LocalServer> {
  const server = createServer(sirv(dir, { dev: true, etag: false, gzip: precompressed }));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ExportError('port-in-use', `port ${port} is already in use`, { hint: 'Leave out --port to use a free one, or give another.' })
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
