/**
 * Byte-identity check of the extractor's output on real text: every gold document in
 * ../shared/eval/dev and ../shared/eval/train and every article in seeds/ (the sample among them).
 *   node bench/build.mjs compare-output record [FILE]   writes JSON.stringify(extract(text)) of each document to FILE
 *   node bench/build.mjs compare-output check [FILE]    compares the current output with FILE, names each difference
 * FILE defaults to newsmark-compare-output.jsonl in the system's temporary folder: the baseline holds gold text's
 * analyses, so it stays outside the project. Exit status 1 when any document differs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/extractor';

const root = join(__dirname, '../../..');
const [mode, fileArg] = process.argv.slice(2);
const baselinePath = fileArg ?? join(tmpdir(), 'newsmark-compare-output.jsonl');

/** Every document to compare, named by where it comes from. */
function documents(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const split of ['dev', 'train']) {
    const dir = join(root, '../shared/eval', split);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.trim() !== '') out.push({ name: `${split}/${file}:${i + 1}`, text: (JSON.parse(line) as { text: string }).text });
        });
    }
  }
  const seeds = join(root, 'seeds');
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) out.push({ name: `seeds/${file}`, text: readFileSync(join(seeds, file), 'utf8') });
  return out;
}

const docs = documents();
const outputs = docs.map((d) => JSON.stringify(extract(d.text)));
if (mode === 'record') {
  writeFileSync(baselinePath, docs.map((d, i) => JSON.stringify({ name: d.name, output: outputs[i] })).join('\n') + '\n');
  console.log(`recorded ${docs.length} documents in ${baselinePath}`);
} else if (mode === 'check') {
  if (!existsSync(baselinePath)) {
    console.error(`no baseline at ${baselinePath}: run with "record" first`);
    process.exit(2);
  }
  const baseline = new Map<string, string>();
  for (const line of readFileSync(baselinePath, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const entry = JSON.parse(line) as { name: string; output: string };
    baseline.set(entry.name, entry.output);
  }
  let differing = 0;
  docs.forEach((d, i) => {
    const before = baseline.get(d.name);
    if (before === outputs[i]) return;
    differing++;
    if (before === undefined) {
      console.log(`${d.name}: not in the baseline`);
      return;
    }
    let at = 0;
    while (at < before.length && before[at] === outputs[i][at]) at++;
    console.log(`${d.name}: differs at character ${at} of the JSON: …${before.slice(Math.max(0, at - 40), at + 40)}… became …${outputs[i].slice(Math.max(0, at - 40), at + 40)}…`);
  });
  console.log(`${docs.length} documents compared, ${differing} differ`);
  process.exit(differing > 0 ? 1 : 0);
} else {
  console.error('usage: node bench/build.mjs compare-output record|check [FILE]');
  process.exit(2);
}
