import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDataFormatDoc } from '../../src/compiler/data-format-doc';
import { COLLECTION_FILES, SourceArticleFrontmatterSchema } from '../../src/compiler/source-schema';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => readFileSync(join(packageDir, path), 'utf8');

describe('docs/data-format.md: one source of truth for the data format', () => {
  it('is what the schemas generate today (run `pnpm --filter @asylum-archive/core docs:data-format` if not)', () => {
    expect(read('docs/data-format.md')).toBe(renderDataFormatDoc());
  });

  it('lists every field the compiler accepts, each with its meaning', () => {
    const doc = renderDataFormatDoc();
    const schemas = [SourceArticleFrontmatterSchema, ...Object.values(COLLECTION_FILES).map((c) => c.schema)];
    for (const schema of schemas) {
      for (const [field, definition] of Object.entries(schema.shape)) {
        expect(doc, field).toContain(`| \`${field}\` |`);
        expect(definition.description, field).toBeTruthy();
      }
    }
  });

  it('is where the READMEs send a maintainer, instead of a hand-written copy', () => {
    // An absolute link (the README is read on npm), to this file on the main branch.
    expect(read('README.md')).toContain('/packages/core/docs/data-format.md)');
    // The published shape of a date, which the compiler rejects in a source file, is not taught for one.
    expect(read('README.md')).not.toMatch(/published: \{ ?value/);
  });
});
