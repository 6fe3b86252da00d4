export { ArchiveDataError, createArchive } from './create-archive';
export { search, shippedArchive, suggest } from './shipped';
export type * from './types';
