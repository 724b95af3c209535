// Resolved by bench/build.mjs: src/extractor/incremental.ts when it exists, else undefined.
declare module 'newsmark:incremental' {
  import type { Analysis, ExtractOptions } from '../src/extractor/types';
  export const IncrementalExtractor: undefined | (new (options?: ExtractOptions) => { update(text: string): Analysis });
}
