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

// zod 4 registers its global registry on globalThis when it loads, in either module format: a way to see whether
// zod has loaded that does not depend on which loader (require's cache, or the ES module loader's) loaded it.
const ZOD_LOADED = `'__zod_globalRegistry' in globalThis`;

const SNIPPET = `
  if (${ZOD_LOADED}) throw new Error('zod was loaded by the main entry');
  (async () => {
    const hits = core.search('alarcon denied').hits.length;
    let error = '';
    try { await core.createArchive({ articles: [{ id: 'Not A Slug' }] }); } catch (e) { error = e.name + ': ' + e.message.split('\\n')[1]; }
    const zodLoaded = ${ZOD_LOADED};
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

  it('require() and import give one module (the snapshot is shipped and loaded once), for each entry', async () => {
    const { stdout } = await runProcess(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
         const require = createRequire(import.meta.url);
         const same = [];
         for (const entry of ['@asylum-archive/core', '@asylum-archive/core/schema']) {
           const required = require(entry);
           const imported = await import(entry);
           same.push(Object.keys(imported).length > 0 && Object.keys(imported).every((name) => required[name] === imported[name]));
         }
         console.log(JSON.stringify(same));`,
      ],
      { cwd: packageDir, timeoutMs: 30_000 },
    );
    expect(JSON.parse(stdout)).toEqual([true, true]);
  });

  it('CommonJS: searches without loading zod, then validates createArchive input with the schema', async () => {
    const result = await runNode([
      '-e',
      `const core = require('@asylum-archive/core');
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
      `const core = await import('@asylum-archive/core');
       ${SNIPPET}`,
    ]);
    expect(result.hits).toBeGreaterThan(0);
    expect(result.zodLoaded).toBe(true);
    expect(result.error).toMatch(/^ArchiveDataError: +✖ articles\[0\]\.id: must be a kebab-case slug/);
  });
});
