// Quotations: found by their marks (find.ts; found again only around an edit with reuse.ts), with the mark rules (marks.ts) and the line and
// paragraph rules (lines.ts) that the speaker stage shares.
export { findQuotes, type RawQuote } from './find';
export { endsParagraph, speakerLabelEnd } from './lines';
export { QuoteScanCache } from './reuse';
