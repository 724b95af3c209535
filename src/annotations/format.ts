/**
 * The annotation file: one per article, W3C Web Annotation Data Model as JSON-LD.
 *
 *   {
 *     "@context": "http://www.w3.org/ns/anno.jsonld",
 *     "type": "AnnotationPage",
 *     "version": 1,
 *     "items": [ Annotation, … ]            // sorted by position, then id
 *   }
 *
 * Each Annotation: "@context", "id" (urn:uuid), "type": "Annotation", "motivation": "assessing",
 * "created", "modified", "creator": { "type": "Person", "name" }, "body": [
 *   { "type": "TextualBody", "purpose": "tagging",     "value": <status> },
 *   { "type": "TextualBody", "purpose": "classifying", "value": "quote" | "claim" },
 *   { "type": "TextualBody", "purpose": "commenting",  "value": <note>, "format": "text/plain" }, // when non-empty
 *   { "type": "SpecificResource", "purpose": "linking", "source": <URL> }, …                     // one per source
 *   { "type": "SpecificResource", "purpose": "linking", "source": <source file path>,            // one per passage
 *     "selector": [ TextQuoteSelector, TextPositionSelector ] }, …                                // of a source file
 * ], "target": { "source": <article path relative to its workspace folder>, "selector": [
 *   { "type": "TextQuoteSelector", "exact", "prefix", "suffix" },        // context: at most 32 characters a side
 *   { "type": "TextPositionSelector", "start", "end" }                     // code points, CRLF counted as one
 * ] }.
 *
 * Output is deterministic (fixed key order, two-space indent, trailing newline) so diffs stay small.
 * The parser never throws: it returns the fact checks or one clear sentence saying what is wrong.
 */
import { boundedContext, isFactCheckStatus, MAX_PASSAGE_LENGTH, MAX_PASSAGES, normalizeSourcePath, normalizeSourceUrl, type FactCheck, type FactCheckKind, type SourcePassage, type TextTarget } from './model';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const FORMAT_VERSION = 1;

export type ParseResult = { ok: true; items: FactCheck[] } | { ok: false; error: string };

export function compareFactChecks(a: FactCheck, b: FactCheck): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function annotationJson(check: FactCheck): unknown {
  const body: unknown[] = [
    { type: 'TextualBody', purpose: 'tagging', value: check.status },
    { type: 'TextualBody', purpose: 'classifying', value: check.kind },
  ];
  if (check.note.length > 0) body.push({ type: 'TextualBody', purpose: 'commenting', value: check.note, format: 'text/plain' });
  for (const source of check.sources) body.push({ type: 'SpecificResource', purpose: 'linking', source });
  for (const passage of check.passages ?? []) body.push({ type: 'SpecificResource', purpose: 'linking', source: passage.source, selector: selectorsJson(passage) });
  const { target } = check;
  return {
    '@context': ANNOTATION_CONTEXT,
    id: check.id,
    type: 'Annotation',
    motivation: 'assessing',
    created: check.created,
    modified: check.modified,
    creator: { type: 'Person', name: check.creator },
    body,
    target: {
      source: target.source,
      selector: selectorsJson(target),
    },
  };
}

function selectorsJson(target: TextTarget): unknown[] {
  return [
    { type: 'TextQuoteSelector', exact: target.exact, prefix: boundedContext('prefix', target.prefix), suffix: boundedContext('suffix', target.suffix) },
    { type: 'TextPositionSelector', start: target.start, end: target.end },
  ];
}

export function serializeAnnotationFile(items: readonly FactCheck[]): string {
  const page = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationPage',
    version: FORMAT_VERSION,
    items: [...items].sort(compareFactChecks).map(annotationJson),
  };
  return `${JSON.stringify(page, null, 2)}\n`;
}

class ShapeError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(path: string, message: string): never {
  throw new ShapeError(`${path}: ${message}`);
}

function object(value: Json | undefined, path: string): JsonObject {
  if (!isObject(value)) fail(path, 'expected an object');
  return value;
}

function string(value: Json | undefined, path: string): string {
  if (typeof value !== 'string') fail(path, 'expected a string');
  return value;
}

function optionalString(value: Json | undefined, path: string): string {
  return value === undefined ? '' : string(value, path);
}

function offset(value: Json | undefined, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(path, 'expected a non-negative integer');
  return value;
}

function timestamp(value: Json | undefined, path: string): string {
  const text = string(value, path);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) || Number.isNaN(Date.parse(text))) fail(path, 'expected an ISO 8601 date-time');
  return text;
}

/** A single value or an array of them, as JSON-LD allows. */
function list(value: Json | undefined, path: string): Json[] {
  if (value === undefined) fail(path, 'missing');
  return Array.isArray(value) ? value : [value];
}

function hasType(value: JsonObject, type: string): boolean {
  const t = value['type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

function checkContext(value: Json | undefined, path: string, required: boolean): void {
  if (value === undefined && !required) return;
  const contexts = list(value, path);
  if (!contexts.includes(ANNOTATION_CONTEXT)) fail(path, `expected "${ANNOTATION_CONTEXT}"`);
}

function parseAnnotation(value: Json, path: string): FactCheck {
  const a = object(value, path);
  checkContext(a['@context'], `${path}.@context`, false);
  const id = string(a['id'], `${path}.id`);
  if (id.trim().length === 0) fail(`${path}.id`, 'must not be empty');
  if (!hasType(a, 'Annotation')) fail(`${path}.type`, 'expected "Annotation"');
  const motivations = list(a['motivation'], `${path}.motivation`);
  if (!motivations.includes('assessing')) fail(`${path}.motivation`, 'expected "assessing"');
  const created = timestamp(a['created'], `${path}.created`);
  const modified = a['modified'] === undefined ? created : timestamp(a['modified'], `${path}.modified`);

  let creator = '';
  const rawCreator = a['creator'];
  if (typeof rawCreator === 'string') creator = rawCreator;
  else if (rawCreator !== undefined) creator = string(object(rawCreator, `${path}.creator`)['name'], `${path}.creator.name`);

  let status: FactCheck['status'] | undefined;
  let kind: FactCheckKind = 'claim';
  let note = '';
  const sources: string[] = [];
  const passages: SourcePassage[] = [];
  list(a['body'], `${path}.body`).forEach((rawBody, i) => {
    const bodyPath = `${path}.body[${i}]`;
    const body = object(rawBody, bodyPath);
    const purpose = body['purpose'];
    if (purpose === 'tagging') {
      const value = string(body['value'], `${bodyPath}.value`);
      if (!isFactCheckStatus(value)) fail(`${bodyPath}.value`, `unknown status "${value}"`);
      if (status !== undefined) fail(bodyPath, 'more than one status');
      status = value;
    } else if (purpose === 'classifying') {
      const value = string(body['value'], `${bodyPath}.value`);
      if (value !== 'quote' && value !== 'claim') fail(`${bodyPath}.value`, `unknown kind "${value}"`);
      kind = value;
    } else if (purpose === 'commenting') {
      if (note.length > 0) fail(bodyPath, 'more than one note');
      note = string(body['value'], `${bodyPath}.value`);
    } else if (purpose === 'linking' && body['selector'] !== undefined) {
      if (passages.length >= MAX_PASSAGES) fail(bodyPath, `more than ${MAX_PASSAGES} source passages`);
      const source = normalizeSourcePath(string(body['source'], `${bodyPath}.source`));
      if (source === undefined) fail(`${bodyPath}.source`, 'expected a relative path inside the workspace folder');
      const selected = selectors(body['selector'], `${bodyPath}.selector`);
      if (selected.exact.length > MAX_PASSAGE_LENGTH) fail(`${bodyPath}.selector`, `a passage longer than ${MAX_PASSAGE_LENGTH} characters`);
      passages.push({ source, ...selected });
    } else if (purpose === 'linking') {
      const raw = string(body['source'] ?? body['id'], `${bodyPath}.source`);
      const url = normalizeSourceUrl(raw);
      if (url === undefined) fail(`${bodyPath}.source`, 'expected an http(s) URL');
      sources.push(url);
    } else {
      fail(`${bodyPath}.purpose`, 'expected "tagging", "classifying", "commenting" or "linking"');
    }
  });
  if (status === undefined) fail(`${path}.body`, 'no status (a TextualBody with purpose "tagging")');

  const target = object(a['target'], `${path}.target`);
  const source = string(target['source'], `${path}.target.source`);
  const selected = selectors(target['selector'], `${path}.target.selector`);
  return { id, status, note, sources, creator, created, modified, kind, target: { source, ...selected }, ...(passages.length > 0 ? { passages } : {}) };
}

/** A TextQuoteSelector (required) and a TextPositionSelector (0–0 when absent) from a selector list. */
function selectors(value: Json | undefined, path: string): Omit<TextTarget, 'source'> {
  let quote: { exact: string; prefix: string; suffix: string } | undefined;
  let position: { start: number; end: number } | undefined;
  list(value, path).forEach((rawSelector, i) => {
    const selectorPath = `${path}[${i}]`;
    const selector = object(rawSelector, selectorPath);
    if (hasType(selector, 'TextQuoteSelector')) {
      const exact = string(selector['exact'], `${selectorPath}.exact`);
      if (exact.length === 0) fail(`${selectorPath}.exact`, 'must not be empty');
      // Context beyond CONTEXT_LENGTH characters is never used (see anchor.ts): it is dropped on read.
      const prefix = boundedContext('prefix', optionalString(selector['prefix'], `${selectorPath}.prefix`));
      const suffix = boundedContext('suffix', optionalString(selector['suffix'], `${selectorPath}.suffix`));
      quote = { exact, prefix, suffix };
    } else if (hasType(selector, 'TextPositionSelector')) {
      const start = offset(selector['start'], `${selectorPath}.start`);
      const end = offset(selector['end'], `${selectorPath}.end`);
      if (end < start) fail(selectorPath, 'end before start');
      position = { start, end };
    }
  });
  if (!quote) fail(path, 'no TextQuoteSelector');
  const { start, end } = position ?? { start: 0, end: 0 };
  return { ...quote, start, end };
}

export function parseAnnotationFile(text: string): ParseResult {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    if (!isObject(root)) fail('file', 'expected a JSON object');
    const version = root['version'];
    if (version === undefined) fail('version', 'missing (expected 1)');
    if (version !== FORMAT_VERSION) {
      const newer = typeof version === 'number' && version > FORMAT_VERSION;
      return { ok: false, error: `unknown version ${JSON.stringify(version)}${newer ? ' (written by a newer Newsmark)' : ''}; this Newsmark reads version ${FORMAT_VERSION}` };
    }
    checkContext(root['@context'], '@context', true);
    if (!hasType(root, 'AnnotationPage')) fail('type', 'expected "AnnotationPage"');
    const rawItems = root['items'];
    if (!Array.isArray(rawItems)) fail('items', 'expected an array');
    const items = rawItems.map((item, i) => parseAnnotation(item, `items[${i}]`));
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) fail(`items[${i}].id`, `duplicate id ${item.id}`);
      seen.add(item.id);
    });
    return { ok: true, items };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, error: `wrong shape at ${error.message}` };
    return { ok: false, error: `unreadable (${error instanceof Error ? error.message : String(error)})` };
  }
}
