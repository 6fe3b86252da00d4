// TEMPORARY: core does not export its search contract yet; this points at its source so the shapes are
// never written twice. Becomes `export type { … } from '@asylum-archive/core'` once core exports them.
export type {
  HighlightRange,
  SearchFilters,
  SearchHit,
  SearchOptions,
  SearchRequest,
  SearchResult,
} from '../../core/src/search/types';
