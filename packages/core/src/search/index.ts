export { ArchiveDataError, createArchive } from './create-archive';
export { search, suggest } from './shipped';
export type * from './types';
