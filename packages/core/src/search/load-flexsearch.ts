import type { Index } from 'flexsearch';

type IndexClass = typeof Index;

let loaded: IndexClass | undefined;
let loading: Promise<IndexClass> | undefined;

/**
 * flexsearch is needed only to build an index from data (a custom archive, the build step, tests); the
 * shipped archive loads a prebuilt one. Parsing its code at import was about a tenth of a cold start, so it is
 * loaded here, on the first call that builds, by a plain dynamic `import()` that every bundler follows; the
 * build points it at the package's own flexsearch entry (see tsup.config.ts).
 */
export function loadFlexsearch(): Promise<IndexClass> {
  loading ??= import('./flexsearch-index').then((module) => {
    loaded = module.Index;
    return loaded;
  });
  return loading;
}

/** flexsearch's `Index`, once `loadFlexsearch()` has settled. Building before that is a bug in the caller. */
export function flexsearchIndexClass(): IndexClass {
  if (loaded === undefined)
    throw new Error('flexsearch is not loaded yet: await loadFlexsearch() before building a search index');
  return loaded;
}
