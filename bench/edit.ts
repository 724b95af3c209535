/**
 * Edit cost: in a document of FILE's text, the time from a one-character change (insert, delete or
 * replace at a random place) to fresh results. Uses IncrementalExtractor when the extractor has one,
 * else a full extract() per edit. The first WARM_UP edits are timed apart (`warmUp`): they include the JIT
 * compiling code the first analysis did not reach, which a writing session pays once, in its first seconds.
 * Prints JSON {incremental, warmUp, times} on stdout.
 *   edit FILE EDITS [MS]   (stops early once MS milliseconds have been spent, after at least 10 edits)
 */
import { readFileSync } from 'node:fs';
import { IncrementalExtractor } from 'newsmark:incremental';
import { extract } from '../src/extractor';
import { random } from './corpus';

const [file, editsArg, budgetArg] = process.argv.slice(2);
const budget = Number(budgetArg ?? Infinity);
let text = readFileSync(file, 'utf8');
const edits = Number(editsArg ?? 100);
const rnd = random(42);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,“”\n';

const incremental = IncrementalExtractor ? new IncrementalExtractor() : undefined;
const analyse = incremental ? (t: string) => incremental.update(t) : (t: string) => extract(t);
analyse(text); // the document as opened

const WARM_UP = 20;
const warmUp: number[] = [];
const times: number[] = [];
let spent = 0;
for (let i = 0; i < WARM_UP + edits && (i < WARM_UP + 10 || spent < budget); i++) {
  let at = Math.floor(rnd() * text.length);
  // Never split a surrogate pair.
  const code = text.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at++;
  const letter = LETTERS[Math.floor(rnd() * LETTERS.length)];
  const kind = rnd();
  if (kind < 0.5) text = text.slice(0, at) + letter + text.slice(at);
  else if (kind < 0.75) text = text.slice(0, at) + text.slice(at + 1);
  else text = text.slice(0, at) + letter + text.slice(at + 1);
  const started = performance.now();
  analyse(text);
  const ms = performance.now() - started;
  if (i < WARM_UP) warmUp.push(ms);
  else {
    times.push(ms);
    spent += ms;
  }
}
process.stdout.write(`${JSON.stringify({ incremental: Boolean(incremental), warmUp, times })}\n`);
