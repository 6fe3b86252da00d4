export * from './dataset';
export * from './primitives';
export type * from './types';
