/**
 * flexsearch, on its own entry: the module `load-flexsearch.ts` imports on demand (see tsup.config.ts). The
 * shipped archive reads its postings from the snapshot and never builds an index, so the package's main entry
 * does not carry flexsearch's code for every import to parse.
 */
export { Index } from 'flexsearch';
