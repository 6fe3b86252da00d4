import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileAtomic, removeStaleTemporaries, writeFileAtomic } from '../../scripts/lib/atomic-write';
import { packageDir } from './helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const atomicModule = pathToFileURL(join(packageDir, 'scripts', 'lib', 'atomic-write.ts')).href;

/** Runs createFileAtomic in a child process whose file size limit (ulimit -f, in KiB) stops the write midway. */
function createUnderFileSizeLimit(path: string, bytes: number, limitKb: number) {
  const script = `import { createFileAtomic } from ${JSON.stringify(atomicModule)};
createFileAtomic(${JSON.stringify(path)}, 'x'.repeat(${bytes})).then(
  () => console.log('written'),
  (error) => { console.log('failed ' + error.code); process.exitCode = 1; },
);`;
  return new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn(
      'bash',
      [
        '-c',
        `ulimit -f ${limitKb} && exec "$@"`,
        'limited',
        process.execPath,
        '--import',
        tsxLoader,
        '--input-type=module',
        '-e',
        script,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('createFileAtomic', () => {
  it('creates the file whole, leaving no temporary file', async () => {
    await createFileAtomic(join(dir, 'a.md'), 'whole contents\n');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('whole contents\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('never replaces an existing file: EEXIST, the old contents intact, no temporary file left', async () => {
    writeFileSync(join(dir, 'a.md'), 'curated article');
    await expect(createFileAtomic(join(dir, 'a.md'), 'draft')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('curated article');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('lets exactly one of several simultaneous writers create the file', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => createFileAtomic(join(dir, 'a.md'), `writer ${i}\n`.repeat(1000))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(`writer ${winner}\n`.repeat(1000));
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('leaves nothing behind when the write is interrupted by the operating system (file size limit)', async () => {
    const result = await createUnderFileSizeLimit(join(dir, 'big.md'), 64 * 1024, 4);
    expect(result.stdout.trim()).toBe('failed EFBIG');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes normally under the same limit when the file fits (the limit is what interrupted it)', async () => {
    const result = await createUnderFileSizeLimit(join(dir, 'small.md'), 1024, 4);
    expect(result.stdout.trim()).toBe('written');
    expect(readdirSync(dir)).toEqual(['small.md']);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole', async () => {
    writeFileSync(join(dir, 'dataset.ts'), 'old');
    await writeFileAtomic(join(dir, 'dataset.ts'), 'new');
    expect(readFileSync(join(dir, 'dataset.ts'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['dataset.ts']);
  });
});

describe('removeStaleTemporaries', () => {
  it('removes temporary files of writers that are gone, keeps those of a live one and every other file', async () => {
    const gone = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '']);
      child.on('close', () => resolve(child.pid ?? 0));
    });
    const stale = `.a.md.${gone}.0123abcd.tmp`;
    const live = `.b.md.${process.pid}.89abcdef.tmp`;
    for (const name of [stale, live, 'a.md', '.hidden-note']) writeFileSync(join(dir, name), 'x');
    expect(await removeStaleTemporaries(dir)).toEqual([stale]);
    expect(readdirSync(dir).sort()).toEqual([live, '.hidden-note', 'a.md'].sort());
  });
});
