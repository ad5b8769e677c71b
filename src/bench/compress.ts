// The bench serves every deck as a static host does, its text gzip-compressed (GitHub Pages does, for one):
// a `.gz` copy beside each text file, which the bench's server sends to a browser that accepts it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = /\.(?:html|css|js|mjs|json|svg|md|txt)$/u;

/** Writes `name.gz` beside every text file under `dir`, at zlib's default level, as a host compresses. */
export async function compressTextFiles(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && TEXT.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
  await Promise.all(files.map(async (file) => writeFile(`${file}.gz`, gzipSync(await readFile(file)))));
}
