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
export * from './schema';
export { ArchiveDataError, createArchive, search, suggest } from './search';
export type * from './search/types';
