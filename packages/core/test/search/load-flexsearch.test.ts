import { describe, expect, it, vi } from 'vitest';

// Each test imports the package's modules afresh (vi.resetModules), as a new process would, so that the
// flexsearch the setup file loaded for the other tests is not already there.
async function freshModules() {
  vi.resetModules();
  const flexsearch = await import('../../src/search/load-flexsearch');
  const index = await import('../../src/index');
  return { flexsearch, index };
}

describe('flexsearch loads only when an index is built from data', () => {
  it('the shipped archive answers a search without loading flexsearch', async () => {
    const { flexsearch, index } = await freshModules();
    const result = index.search('asylum');
    expect(result.hits.length).toBeGreaterThan(0);
    expect(() => flexsearch.flexsearchIndexClass()).toThrow(/await loadFlexsearch\(\)/);
  });

  it('createArchive loads it before building, so a custom archive searches', async () => {
    const { flexsearch, index } = await freshModules();
    const archive = await index.createArchive({ articles: [...index.shippedArchive.articles] });
    expect(archive.search('asylum').hits.length).toBeGreaterThan(0);
    expect(flexsearch.flexsearchIndexClass()).toBeTypeOf('function');
  });
});
