/**
 * `npm run eval`: scores Newsmark and, in the same run, compromise (+ compromise-dates) on every gold
 * file in ../shared/eval/dev/ and ../shared/eval/train/ and on the hand-annotated sample article;
 * prints the tables with the gap between dev and train, and writes bench/ACCURACY.md.
 * Options: --no-peer (ours only), --split dev|train (one split), --errors N (examples of our errors),
 * files to score instead of the defaults. NEWSMARK_EVAL_DIR names another folder than ../shared/eval.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { extract } from '../src/extractor';
import { analysisToSpans, formatErrors, formatScoreTable, parseGoldFile, prf, scoreCorpus, SCORED_TYPES, type GoldDocument, type PredictedSpan, type ReportRow, type ScoredType, type TypeCounts } from '../src/eval';
import { compromiseSpans, loadCompromise } from './peers';

const root = join(__dirname, '../../..');
const args = process.argv.slice(2);
const withPeer = !args.includes('--no-peer');
const optionValue = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const errorExamples = Number(optionValue('--errors') ?? 0);
const onlySplit = optionValue('--split');
const fileArgs = args.filter((a, i) => a.endsWith('.jsonl') && !['--errors', '--split'].includes(args[i - 1]));

/** Ends the run with one line on standard error, no stack trace. */
function fail(message: string): never {
  process.stderr.write(`npm run eval: ${message}\n`);
  process.exit(1);
}

const evalDir = process.env.NEWSMARK_EVAL_DIR || join(root, '../shared/eval');
const SPLITS = ['dev', 'train'].filter((split) => !onlySplit || split === onlySplit);
const splitDir = (split: string) => join(evalDir, split);
if (fileArgs.length === 0 && !SPLITS.some((split) => existsSync(splitDir(split)))) {
  fail(
    `no gold data in ${splitDir(SPLITS[0] ?? 'dev')}: it is the OntoNotes 5.0, CoNLL-2003, TimeBank and PolNeAR gold (JSON lines) in ../shared/eval/dev and ../shared/eval/train beside the project folder, described in ../shared/eval/README.md`,
  );
}
/** A gold file's label: its split and name ("dev/ontonotes.jsonl"), or its name. */
const labelOf = (path: string) => (SPLITS.includes(basename(dirname(path))) && dirname(dirname(path)) === evalDir ? `${basename(dirname(path))}/${basename(path)}` : basename(path));
const splitFiles = (split: string) => (existsSync(splitDir(split)) ? readdirSync(splitDir(split)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(splitDir(split), f)) : []);
const goldFiles = fileArgs.length > 0 ? fileArgs : [...SPLITS.flatMap(splitFiles), join(root, 'bench/sample-gold.jsonl')];

function readGold(path: string): GoldDocument[] {
  try {
    return parseGoldFile(readFileSync(path, 'utf8'), labelOf(path));
  } catch (error) {
    return fail(`cannot use ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Lenient F1 targets, the same on dev and on train: a rule that fits one split only is not news. */
const TARGETS: Record<ScoredType, number> = { person: 0.94, place: 0.93, date: 0.94, quote: 0.995 };
const SPEAKER_TARGET = 0.93;

type Predictor = (doc: GoldDocument) => PredictedSpan[];
const systems: Array<{ name: string; predict: Predictor }> = [{ name: 'newsmark', predict: (doc) => analysisToSpans(extract(doc.text), doc.text) }];
if (withPeer) {
  const nlp = loadCompromise();
  systems.push({ name: 'compromise', predict: (doc) => compromiseSpans(nlp, doc.text) });
}

const rows: ReportRow[] = [];
const timings: string[] = [];
const errorSections: string[] = [];
for (const path of goldFiles) {
  const data = labelOf(path);
  const docs = readGold(path);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const system of systems) {
    const started = performance.now();
    const result = scoreCorpus(docs, system.predict);
    const seconds = (performance.now() - started) / 1000;
    timings.push(`| ${system.name} | ${data} | ${docs.length} | ${(chars / 1000).toFixed(0)} K | ${seconds.toFixed(2)} s |`);
    process.stderr.write(`${system.name} ${data}: ${docs.length} documents, ${seconds.toFixed(1)} s\n`);
    for (const type of SCORED_TYPES) {
      const counts = result.totals[type];
      if (counts) rows.push({ system: system.name, data, type, counts });
    }
    if (system.name === 'newsmark' && errorExamples > 0) errorSections.push(`## ${data}`, formatErrors(docs, result.documents, errorExamples));
  }
}

const table = formatScoreTable(rows);
const f1 = (c: TypeCounts) => prf(c.lenient).f1.toFixed(3);
const strictF1 = (c: TypeCounts) => prf(c.strict).f1.toFixed(3);
const peerOf = (row: ReportRow) => rows.find((r) => r.system === 'compromise' && r.data === row.data && r.type === row.type);
const targetLines: string[] = [];
for (const row of rows.filter((r) => r.system === 'newsmark')) {
  const peer = peerOf(row);
  const value = prf(row.counts.lenient).f1;
  targetLines.push(`| ${row.type} | ${row.data} | ${f1(row.counts)} | ${strictF1(row.counts)} | ≥ ${TARGETS[row.type]} | ${value >= TARGETS[row.type] ? 'pass' : 'FAIL'} | ${peer ? f1(peer.counts) : '–'} |`);
  if (row.type === 'quote' && row.counts.speakers.total > 0) {
    const acc = row.counts.speakers.correct / row.counts.speakers.total;
    const peerAcc = peer && peer.counts.speakers.total > 0 ? (peer.counts.speakers.correct / peer.counts.speakers.total).toFixed(3) : '–';
    targetLines.push(`| speaker accuracy | ${row.data} | ${acc.toFixed(3)} | | ≥ ${SPEAKER_TARGET} | ${acc >= SPEAKER_TARGET ? 'pass' : 'FAIL'} | ${peerAcc} |`);
  }
}

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '') commit += ' (with uncommitted changes in src/)';
} catch {
  // not a git checkout
}

const targets = ['| measure | data | newsmark lenient F1 | strict F1 | target | | compromise lenient F1 |', '|:--|:--|--:|--:|--:|:--|--:|', ...targetLines].join('\n');

// The gap between the split the rules were developed on and the one they were not: news, not documents.
const gapLines: string[] = [];
const ours = rows.filter((r) => r.system === 'newsmark');
const speakerAcc = (c: TypeCounts) => (c.speakers.total > 0 ? c.speakers.correct / c.speakers.total : undefined);
for (const devRow of ours.filter((r) => r.data.startsWith('dev/'))) {
  const trainRow = ours.find((r) => r.data === devRow.data.replace(/^dev\//, 'train/') && r.type === devRow.type);
  if (!trainRow) continue;
  const source = devRow.data.slice(4).replace(/\.jsonl$/, '');
  const dev = prf(devRow.counts.lenient).f1;
  const train = prf(trainRow.counts.lenient).f1;
  gapLines.push(`| ${devRow.type} | ${source} | ${dev.toFixed(3)} | ${train.toFixed(3)} | ${(train - dev >= 0 ? '+' : '')}${(train - dev).toFixed(3)} |`);
  const devSpeakers = speakerAcc(devRow.counts);
  const trainSpeakers = speakerAcc(trainRow.counts);
  if (devSpeakers !== undefined && trainSpeakers !== undefined) {
    gapLines.push(`| speaker accuracy | ${source} | ${devSpeakers.toFixed(3)} | ${trainSpeakers.toFixed(3)} | ${(trainSpeakers - devSpeakers >= 0 ? '+' : '')}${(trainSpeakers - devSpeakers).toFixed(3)} |`);
  }
}
const gap = gapLines.length > 0 ? ['| measure | source | dev | train | train − dev |', '|:--|:--|--:|--:|--:|', ...gapLines].join('\n') : '';
console.log(`${table}\n\n${targets}${gap ? `\n\nDev and train (lenient F1):\n${gap}` : ''}`);
if (errorSections.length > 0) console.log(`\n${errorSections.join('\n')}`);

if (fileArgs.length === 0 && withPeer && !onlySplit) {
  const markdown = `# Accuracy

Measured by \`npm run eval\` (bench/accuracy.ts) at commit ${commit}, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.
Gold: every file in \`../shared/eval/dev/\` and \`../shared/eval/train/\` (outside annotators; see its README) and
\`bench/sample-gold.jsonl\`, the sample article annotated by hand for this project (\`bench/make-sample-gold.mjs\`). The scorer is
\`src/eval/\`, the same one as \`newsmark eval\`. The rules were developed on dev; train is the larger split for error analysis, and the
gap between the two says how far the rules fit documents rather than news.

## Headline: lenient F1 against the targets

${targets}

## Dev and train

${gap}

## Full table

${table}

## Time to score (extraction included)

| system | data | docs | characters | time |
|:--|:--|--:|--:|--:|
${timings.join('\n')}

## How it is scored

- Per type, micro-averaged over the documents of a file; a document is scored only on the types in its \`types\` list.
- **Strict**: same type and exact offsets. **Lenient**: same type and overlapping spans after trimming quotation marks and
  whitespace from both ends and punctuation from the end; a maximum one-to-one matching (each gold span and each prediction
  used once).
- An unmatched prediction that overlaps an \`other\` region of a kindred label and no gold span of its type is left out
  (don't-care): for dates \`TIME\`, \`TIMEX3:TIME\`, \`TIMEX3:DURATION\`, \`TIMEX3:SET\`; for quotes
  \`quotation-marks-outside-attribution\`. Organisations and nationalities predicted as people or places count as false positives.
- **Speaker accuracy**: of the lenient-matched quotes whose gold names a speaker, the share whose predicted speaker mention
  overlaps the gold speaker span, or whose canonical name agrees with the gold speaker (same name or same last word).
- Quote spans: scored as \`extract --jsonl\` writes them, with their quotation marks and one span per paragraph of a
  multi-paragraph quote, the convention of PolNeAR's gold. compromise's quotes come without their marks, so its strict quote
  score is near zero by convention; its lenient score is the meaningful one.
- compromise 14 + compromise-dates 3: \`people()\`, \`places()\`, \`dates()\` and \`quotations()\`, each match mapped to the span from
  its first term's offset to the end of its last term (\`json({offset: true, terms: {offset: true}})\`). compromise names no
  speakers, so its speaker accuracy is 0.
`;
  writeFileSync(join(root, 'bench/ACCURACY.md'), markdown);
  process.stderr.write('wrote bench/ACCURACY.md\n');
}
