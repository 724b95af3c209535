export * from './types';
export { extract } from './extract';
export { IncrementalExtractor } from './incremental';
export { findArticleDate } from './dates';
