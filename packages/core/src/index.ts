export { type CitedParagraph, citedParagraph } from './data/cited-paragraph';
export {
  articles,
  cases,
  figures,
  getArticle,
  getCase,
  getFigure,
  getOrganization,
  getPerson,
  getPlace,
  getQuote,
  organizations,
  people,
  places,
  quotes,
  shippedDataset,
} from './data/collections';
export {
  RECORD_LISTS,
  type RecordListName,
  type RecordLists,
  type RecordLookups,
  type RecordOf,
} from './data/record-lists';
export { recordsOf as createRecords } from './data/records';
export { ArchiveError, type ArchiveErrorCode } from './errors';
// The zod schemas live at `@asylum-archive/core/schema`; here only their types and vocabularies.
export type * from './schema/types';
export * from './schema/vocabulary';
export { ArchiveDataError, createArchive, search, shippedArchive, suggest } from './search';
export { describeEmptyReason } from './search/empty-reasons';
export type * from './search/types';
export { foldText, hashText, mergeHighlights } from './text';
