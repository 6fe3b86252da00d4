import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../../../tooling/testing/run-process.ts';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const built = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');

/** Runs a snippet in a real node process inside the package, so `@asylum-archive/core` resolves as for a user. */
async function runNode(args: string[]) {
  const result = await runProcess(process.execPath, args, { cwd: packageDir, timeoutMs: 30_000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { hits: number; error: string; zodLoaded: boolean };
}

const SNIPPET = `
  (async () => {
    const hits = core.search('alarcon denied').hits.length;
    let error = '';
    try { await core.createArchive({ articles: [{ id: 'Not A Slug' }] }); } catch (e) { error = e.name + ': ' + e.message.split('\\n')[1]; }
    const zodLoaded = Object.keys(require.cache).some((file) => file.includes('/zod/'));
    console.log(JSON.stringify({ hits, error, zodLoaded }));
  })();
`;

describe('built entry points (real node processes)', () => {
  it('the main entry does not import zod; the schema entry does', () => {
    for (const file of ['index.js', 'index.cjs'])
      expect(built(file)).not.toMatch(/from\s*['"]zod['"]|require\(['"]zod['"]\)/);
    expect(built('schema.js')).toMatch(/from\s*['"]zod['"]/);
  });

  it('the main entry is plain ASCII, which Node decodes and V8 compiles as one-byte text at every start', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const outside = [...built(file)].filter((character) => character > '\u007f');
      expect(outside, `${file}: write these as \\u escapes in the source`).toEqual([]);
    }
  });

  it('CommonJS: searches without loading zod, then validates createArchive input with the schema', async () => {
    const result = await runNode([
      '-e',
      `const core = require('@asylum-archive/core');
       const before = Object.keys(require.cache).some((file) => file.includes('/zod/'));
       if (before) throw new Error('zod was loaded by the main entry');
       ${SNIPPET}`,
    ]);
    expect(result.hits).toBeGreaterThan(0);
    expect(result.zodLoaded).toBe(true); // loaded on demand by createArchive
    expect(result.error).toMatch(/^ArchiveDataError: +✖ articles\[0\]\.id: must be a kebab-case slug/);
  });

  it('ESM: the same through import', async () => {
    const result = await runNode([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       const require = createRequire(import.meta.url);
       const core = await import('@asylum-archive/core');
       ${SNIPPET}`,
    ]);
    expect(result.hits).toBeGreaterThan(0);
    expect(result.error).toMatch(/^ArchiveDataError: +✖ articles\[0\]\.id: must be a kebab-case slug/);
  });
});
