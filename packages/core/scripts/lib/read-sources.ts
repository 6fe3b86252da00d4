import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceFile } from '../../src/compiler/parse-sources';

/** Reads every file under data/ as { path relative to the package, text }. */
export async function readSourceFiles(packageDir: string): Promise<SourceFile[]> {
  const dataDir = join(packageDir, 'data');
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (file) => ({
      path: relative(packageDir, file).split('\\').join('/'),
      text: await readFile(file, 'utf8'),
    })),
  );
}
