import { loadFlexsearch } from '../src/search/load-flexsearch';

// Tests build engines from data synchronously (createEngine), which needs flexsearch loaded first, as
// createArchive does before it builds.
await loadFlexsearch();
