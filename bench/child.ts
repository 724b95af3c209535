/**
 * Measures one thing in a fresh process and prints it as JSON on stdout:
 *   child bare                         peak RSS of a Node process that loads nothing
 *   child time SYSTEM FILE RUNS [MS]   milliseconds of each of up to RUNS analyses of FILE (after a one-second warm-up
 *                                      on the sample), stopping early once MS milliseconds have been spent (at least one run)
 *   child rss SYSTEM FILE              peak RSS after loading SYSTEM and analysing FILE once
 *   child cold SYSTEM FILE             milliseconds to load SYSTEM and analyse FILE, from a fresh start
 * SYSTEM is newsmark (the minified extractor as it ships), compromise (+ compromise-dates) or wink.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compromiseAnalyse, loadCompromise, loadWink, winkEntities } from './peers';

const load = createRequire(__filename);
const [mode, system, file, runsArg, budgetArg] = process.argv.slice(2);
const root = join(__dirname, '../../..');

function loadSystem(name: string): (text: string) => unknown {
  switch (name) {
    case 'newsmark': {
      const { extract } = load(join(__dirname, 'extractor.min.cjs'));
      return (text) => extract(text);
    }
    case 'compromise': {
      const nlp = loadCompromise();
      return (text) => compromiseAnalyse(nlp, text);
    }
    case 'wink': {
      const nlp = loadWink();
      return (text) => winkEntities(nlp, text);
    }
    default:
      throw new Error(`unknown system ${name}`);
  }
}

function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function report(result: object): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (mode === 'bare') {
  report({ peakRss: peakRssBytes() });
} else if (mode === 'cold') {
  const text = readFileSync(file, 'utf8');
  const started = performance.now();
  const analyse = loadSystem(system);
  const loaded = performance.now();
  analyse(text);
  const done = performance.now();
  report({ ms: done - started, importMs: loaded - started, analyseMs: done - loaded });
} else {
  const text = readFileSync(file, 'utf8');
  const analyse = loadSystem(system);
  if (mode === 'rss') {
    const started = performance.now();
    analyse(text);
    report({ ms: performance.now() - started, peakRss: peakRssBytes() });
  } else if (mode === 'time') {
    // Every system is warmed up alike: the sample article analysed again and again for one second, so that
    // the timed runs measure compiled code rather than the JIT's first tiers.
    const sample = readFileSync(join(root, 'seeds/000_e8a961f6e006cecf.txt'), 'utf8');
    const warmUntil = performance.now() + 1000;
    do analyse(sample);
    while (performance.now() < warmUntil);
    const times: number[] = [];
    const budget = Number(budgetArg ?? Infinity);
    let spent = 0;
    for (let i = 0; i < Number(runsArg ?? 1) && (i === 0 || spent < budget); i++) {
      const started = performance.now();
      analyse(text);
      times.push(performance.now() - started);
      spent += times[times.length - 1];
    }
    report({ times });
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}
