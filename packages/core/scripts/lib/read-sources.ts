import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceFile } from '../../src/compiler/parse-sources';

/** Reads every file under a data directory as { path: `data/<path inside it>`, text }. */
export async function readDataDirectory(dataDir: string): Promise<SourceFile[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (file) => ({
      path: `data/${relative(dataDir, file).split('\\').join('/')}`,
      text: await readFile(file, 'utf8'),
    })),
  );
}

/** Reads every file under the package's data/ as { path relative to the package, text }. */
export function readSourceFiles(packageDir: string): Promise<SourceFile[]> {
  return readDataDirectory(join(packageDir, 'data'));
}
