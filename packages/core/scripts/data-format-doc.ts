/**
 * `pnpm docs:data-format`: writes docs/data-format.md from the source schemas. `--check` writes nothing and exits 1 when
 * the file is out of date (a test runs the same comparison in `pnpm test`).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDataFormatDoc } from '../src/compiler/data-format-doc';
import { writeFileAtomic } from './lib/atomic-write';

export const DATA_FORMAT_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'data-format.md');

async function main(check: boolean): Promise<number> {
  const wanted = renderDataFormatDoc();
  const current = await readFile(DATA_FORMAT_FILE, 'utf8').catch(() => null);
  if (current === wanted) {
    console.log('✔ docs/data-format.md is up to date');
    return 0;
  }
  if (check) {
    console.error(
      '✖ docs/data-format.md is out of date: run `pnpm --filter @asylum-archive/core docs:data-format`',
    );
    return 1;
  }
  await writeFileAtomic(DATA_FORMAT_FILE, wanted);
  console.log('✔ wrote docs/data-format.md');
  return 0;
}

main(process.argv.includes('--check')).then((code) => {
  process.exitCode = code;
});
