// A full or read-only disk under --out: one line and a hint, exit 1, no stack trace, and nothing half-written.
// The disks are real: a 16 KB tmpfs and a read-only tmpfs, mounted in a mount namespace of the child's own
// (`unshare -rm`), since a chmod 0555 folder stops no one running as root. Where namespaces are not allowed
// the disk tests are skipped; the error mapping itself is tested below without them.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskError } from '../../src/disk-errors.ts';
import { ROOT } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'deck-disk-'));
mkdirSync(join(dir, 'full'));
mkdirSync(join(dir, 'ro'));
const slides = join(ROOT, 'slides');
const SCRIPT = 'mount -t tmpfs -o size=16k tmpfs "$0/full" && mount -t tmpfs -o ro tmpfs "$0/ro" || exit 99; node src/bin.mjs "$@"; code=$?; echo "left:$(cd "$0/full" && find . -mindepth 1 | tr "\\n" " ")"; exit $code';
const namespaces = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs tmpfs /tmp'], { stdio: 'ignore' }).status === 0;

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `deck ARGS` with `<dir>/full` a full disk and `<dir>/ro` a read-only one. */
function onSmallDisks(...args: string[]): Promise<{ code: number | null; stderr: string; stdout: string; left: string }> {
  const child = spawn('unshare', ['-rm', 'sh', '-c', SCRIPT, dir, ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr, stdout, left: /left:(.*)/u.exec(stdout)?.[1]?.trim() ?? '?' })));
}

describe.runIf(namespaces).concurrent('writing to a full or read-only disk', () => {
  const full = (name: string): string => join(dir, 'full', name);
  const readOnly = (name: string): string => join(dir, 'ro', name);

  it.each([
    ['build, full disk', ['build', '--slides', slides, '--out', full('dist')], /could not write the build to .*full\/dist: the disk is full/u],
    ['build, read-only disk', ['build', '--slides', slides, '--out', readOnly('dist')], /could not write the build to .*ro\/dist: the disk is read-only/u],
    ['--single-file, full disk', ['build', '--single-file', '--slides', slides, '--out', full('deck.html')], /could not write the single file to .*: the disk is full/u],
    ['pdf, full disk (at the write)', ['pdf', '--slides', slides, '--out', full('deck.pdf')], /could not write the PDF to .*: the disk is full/u],
    ['pdf, read-only disk (before any work)', ['pdf', '--slides', slides, '--out', readOnly('deck.pdf')], /could not write the PDF to .*: the disk is read-only/u],
    ['generate, read-only disk', ['generate', '--article', join(slides, 'article.txt'), '--out', readOnly('slides')], /could not write the slides to .*: the disk is read-only/u],
    ['generate, full disk', ['generate', '--article', join(slides, 'article.txt'), '--out', full('slides')], /could not write the slides to .*: the disk is full/u],
  ] as const)('%s: one line and a hint, exit 1, nothing half-written', async (_, args, message) => {
    const run = await onSmallDisks(...args);
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(message), expect.stringMatching(/^ {2}(Free some space|Give --out)/u)]);
    expect(run.left).toMatch(/^(\.\/slides)?$/u); // nothing but an empty slides folder it made
    if (args[0] === 'pdf' && args.at(-1)?.includes('/ro/') === true) expect(run.stdout).not.toMatch(/building/u); // refused before any work
  }, 90_000);
});

describe('disk errors, as the libraries report them', () => {
  it.each([
    [Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), 'the disk is full'],
    [new Error('Failed to write file in dist/assets/index.js\n\nCaused by:\n    No space left on device (os error 28)'), 'the disk is full'],
    [new Error('Build failed: Read-only file system (os error 30)'), 'the disk is read-only'],
    [new Error('page.pdf: EACCES: permission denied, open'), 'permission denied'],
    [Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' }), 'a folder stands where the file would go'],
  ])('%s', (error, says) => {
    expect(diskError(error, 'out/deck.pdf', 'the PDF')?.message).toBe(`could not write the PDF to out/deck.pdf: ${says}`);
  });

  it('is not a disk error when it is something else', () => {
    expect(diskError(new Error('Maximum call stack size exceeded'), 'dist', 'the build')).toBeUndefined();
    expect(diskError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'dist', 'the build')).toBeUndefined();
  });
});
