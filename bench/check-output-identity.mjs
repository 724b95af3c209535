// Proves that a change to the extractor leaves its output byte-identical: builds the extractor
// from a git revision (default HEAD) and from the working tree, runs both on the same inputs and
// compares the JSON of every result. Inputs: the gold texts of ../shared/eval/{dev,train}/*.jsonl
// when present (read in place, never copied), the sample articles in seeds/, the benchmark's
// synthetic news and adversarial inputs, and sequences of edits through IncrementalExtractor.
// Usage: node scripts/check-output-identity.mjs [--base REV]
// Prints one summary line; exits 1 on any difference, 2 on a usage or build error.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const baseIndex = args.indexOf('--base');
const base = baseIndex >= 0 ? args[baseIndex + 1] : 'HEAD';
if (!base || args.some((a, i) => a.startsWith('--') && a !== '--base' && i !== baseIndex + 1)) {
  console.error('usage: node scripts/check-output-identity.mjs [--base REV]');
  process.exit(2);
}

const work = join(tmpdir(), `newsmark-identity-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const require = createRequire(import.meta.url);

async function bundle(entry, outfile, absWorkingDir) {
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'error', absWorkingDir });
  return require(outfile);
}

/** The extractor of revision `rev`, built from its src/ as committed. */
async function buildRevision(rev) {
  const dir = join(work, 'base');
  mkdirSync(dir, { recursive: true });
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', rev, 'src/extractor'], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } catch {
    console.error(`check-output-identity: cannot read src/extractor at revision ${rev}`);
    process.exit(2);
  }
  return bundle(join(dir, 'src/extractor/index.ts'), join(work, 'base.cjs'), dir);
}

const before = await buildRevision(base);
const after = await bundle(join(root, 'src/extractor/index.ts'), join(work, 'tree.cjs'), root);
const corpus = await bundle(join(root, 'bench/corpus.ts'), join(work, 'corpus.cjs'), root);

/** Named inputs, each run through extract() without and with an article date. */
const inputs = [];
const notes = [];
const gold = join(root, '..', 'shared', 'eval');
if (existsSync(gold)) {
  for (const split of ['dev', 'train']) {
    const dir = join(gold, split);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        const text = JSON.parse(line).text;
        if (typeof text === 'string') inputs.push({ name: `gold ${split}/${file}:${i + 1}`, text });
      });
    }
  }
} else {
  notes.push('gold texts absent (../shared/eval), skipped');
}
const goldCount = inputs.length;
const articles = corpus.sampleArticles(root);
articles.forEach((text, i) => inputs.push({ name: `seed ${i}`, text }));
inputs.push({ name: 'synthetic news 256 KB', text: corpus.newsText(articles, 256 * 1024, 3) });
for (const [name, make] of Object.entries(corpus.ADVERSARIAL)) inputs.push({ name: `adversarial ${name}`, text: make(64 * 1024) });
if (goldCount > 0) {
  // A long text of many articles, as a user might paste an archive.
  inputs.push({ name: 'gold joined 1 MB', text: corpus.cutToBytes(inputs.slice(0, goldCount).map((d) => d.text).join('\n\n'), 1 << 20) });
}

let compared = 0;
const differences = [];
function compare(name, a, b) {
  compared++;
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x === y) return;
  let at = 0;
  while (at < x.length && x[at] === y[at]) at++;
  differences.push(`${name}: differs at JSON offset ${at}: ${JSON.stringify(x.slice(Math.max(0, at - 40), at + 60))} vs ${JSON.stringify(y.slice(Math.max(0, at - 40), at + 60))}`);
}
function run(lib, text, options) {
  try {
    return lib.extract(text, options);
  } catch (error) {
    return { threw: String(error) };
  }
}

for (const { name, text } of inputs) {
  compare(name, run(before, text), run(after, text));
  compare(`${name} (article date)`, run(before, text, { articleDate: '2021-03-15' }), run(after, text, { articleDate: '2021-03-15' }));
}

/** Deterministic edits: typing, deleting, splitting and joining paragraphs, pasting, undoing. */
function edits(text, rnd, count) {
  const versions = [];
  let current = text;
  const pieces = ['a', ' ', '.', '"', '“', '”', '\n\n', 'Mr. Smith said ', ' on Monday', 'Paris', ', she said.', 'March 3, 2019'];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rnd() * (current.length + 1));
    const kind = i % 5;
    if (kind === 0) current = current.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + current.slice(at);
    else if (kind === 1) current = current.slice(0, at) + current.slice(Math.min(current.length, at + 1 + Math.floor(rnd() * 40)));
    else if (kind === 2) current = current.slice(0, at) + '\n\n' + current.slice(at);
    else if (kind === 3) current = current.replace('\n\n', ' ');
    else current = versions.length > 2 ? versions[versions.length - 3] : current + '\n\n' + current.slice(0, 200);
    versions.push(current);
  }
  return versions;
}
const editTexts = [articles[0], corpus.newsText(articles, 48 * 1024, 5), ...inputs.slice(0, goldCount).filter((_d, i) => i % 400 === 7).map((d) => d.text)];
let editCount = 0;
editTexts.forEach((text, t) => {
  for (const articleDate of [undefined, '2021-03-15']) {
    const options = articleDate ? { articleDate } : {};
    const a = new before.IncrementalExtractor(options);
    const b = new after.IncrementalExtractor(options);
    const versions = [text, ...edits(text, corpus.random(11 + t), 30)];
    versions.forEach((v, i) => {
      editCount++;
      let x;
      let y;
      try { x = a.update(v); } catch (error) { x = { threw: String(error) }; }
      try { y = b.update(v); } catch (error) { y = { threw: String(error) }; }
      compare(`edit ${t}.${i}${articleDate ? ' (article date)' : ''}`, x, y);
    });
  }
});

rmSync(work, { recursive: true, force: true });
const summary = `${compared} results compared (${goldCount} gold texts, ${articles.length} seed, synthetic, ${Object.keys(corpus.ADVERSARIAL).length} adversarial, ${editCount} incremental edits) against ${base}`;
for (const note of notes) console.log(`note: ${note}`);
if (differences.length > 0) {
  for (const d of differences.slice(0, 10)) console.error(d);
  console.log(`output-identity: FAIL, ${differences.length} of ${summary} differ`);
  process.exit(1);
}
console.log(`output-identity: OK, ${summary}, all byte-identical`);
