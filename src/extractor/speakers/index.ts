// Speaker attribution: finds the reporting clause around each quote and links its speaker to the
// people and organizations of the text. Tokens (tokens.ts, tokenize.ts), phrase and cue grammar
// (reader.ts, phrases.ts, cues.ts), the ordered cue rules (cue-rules.ts), linking and pronouns
// (linking.ts, pronouns.ts), incremental reuse (region-cache.ts, reuse.ts), all put together in attribute.ts.
export { attributeSpeakers } from './attribute';
export { RegionTokenCache } from './region-cache';
export { attributionRegions } from './tokenize';
