/**
 * `node bench/build.mjs checks`: how often each editorial check fires on published, edited news
 * (the gold texts of ../shared/eval/dev and train, read and never copied) and what the checks add
 * to the analysis time of 1 MB of real news. Writes bench/CHECKS.md; the hand review in that file
 * is kept between runs (the text under "## Hand review"). `--dump FILE` writes every flag with its
 * context to FILE (outside the repository) for reviewing; `--json` also prints the time figures as
 * one JSON line (read by bench/run.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, runChecks, type RatedFinding, type RuleId } from '../src/checks/index';
import { extract } from '../src/extractor/index';
import { goldDirs, realNewsText } from './goldNews';
import { commitLabel, fmt, log, MB, median, table } from './lib';

// The project folder the harness runs in (bench/build.mjs sets the working directory).
const root = process.cwd();

interface Doc {
  id: string;
  split: string;
  text: string;
  articleDate?: string;
}

function readGold(): Doc[] {
  const docs: Doc[] = [];
  for (const dir of goldDirs(root).filter((d) => existsSync(d))) {
    const split = dir.endsWith('dev') ? 'dev' : 'train';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const doc = JSON.parse(line) as { id?: unknown; text?: unknown; meta?: { publication_date?: unknown } };
        if (typeof doc.text !== 'string' || doc.text.trim() === '') continue;
        const date = typeof doc.meta?.publication_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.meta.publication_date) ? doc.meta.publication_date : undefined;
        docs.push({ id: String(doc.id), split, text: doc.text, articleDate: date });
      }
    }
  }
  return docs;
}

const docs = readGold();
if (docs.length === 0) {
  log('../shared/eval/ is not beside the project: nothing to measure');
  process.exit(0);
}
const dumpAt = process.argv.indexOf('--dump');
const dump: string[] = [];
// Every rule runs, the default-off ones at "information", so that their rates are measured too.
const everything = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity === 'off' ? 'information' : r.defaultSeverity]));
const counts = new Map<string, number>();
/** unbalanced-quote findings whose quotation is still open where the text stops (excerpts cut inside a quotation). */
const openAtEnd = new Map<string, number>();
const severityCounts = new Map<string, number>();
const splitDocs = new Map<string, number>();
for (const doc of docs) {
  splitDocs.set(doc.split, (splitDocs.get(doc.split) ?? 0) + 1);
  const analysis = extract(doc.text, { articleDate: doc.articleDate });
  const findings: RatedFinding[] = runChecks({ text: doc.text, analysis, articleDate: doc.articleDate, severities: everything });
  for (const f of findings) {
    counts.set(`${doc.split}:${f.rule}`, (counts.get(`${doc.split}:${f.rule}`) ?? 0) + 1);
    const defaultSeverity = RULES.find((r) => r.id === f.rule)!.defaultSeverity;
    if (f.rule === 'unbalanced-quote' && !/["“”\n]/.test(doc.text.slice(f.end))) openAtEnd.set(doc.split, (openAtEnd.get(doc.split) ?? 0) + 1);
    severityCounts.set(`${doc.split}:${defaultSeverity}`, (severityCounts.get(`${doc.split}:${defaultSeverity}`) ?? 0) + 1);
    if (dumpAt > 0) {
      const context = doc.text.slice(Math.max(0, f.start - 120), Math.min(doc.text.length, f.end + 120)).replace(/\s+/g, ' ');
      dump.push(`${f.rule}\t${doc.id}\t${f.message}\t${f.fix ? `fix=${f.fix.replacement}` : ''}\n    [${doc.text.slice(f.start, f.end)}]  …${context}…\n`);
    }
  }
}
if (dumpAt > 0) writeFileSync(process.argv[dumpAt + 1], dump.join(''));

const perThousand = (n: number, d: number) => fmt((n * 1000) / d, 1);
const splits = ['dev', 'train'].filter((s) => splitDocs.has(s));
const rateRows = RULES.map((rule) => [
  `\`${rule.id}\``,
  rule.defaultSeverity,
  ...splits.flatMap((s) => [String(counts.get(`${s}:${rule.id}`) ?? 0), perThousand(counts.get(`${s}:${rule.id}`) ?? 0, splitDocs.get(s)!)]),
]);
const bar = (severity: string, limitPerArticle: number) =>
  splits.map((s) => {
    const n = severityCounts.get(`${s}:${severity}`) ?? 0;
    const per = n / splitDocs.get(s)!;
    return `${s}: ${n} in ${splitDocs.get(s)} articles = ${fmt(per, 3)} per article (limit ${limitPerArticle}) ${per <= limitPerArticle ? 'pass' : 'FAIL'}`;
  });

// ---------------------------------------------------------------- time on 1 MB of real news
log('timing 1 MB of real news…');
const big = realNewsText(docs, 1 * MB, 1);
const extractMs: number[] = [];
const checksMs: number[] = [];
const shippedMs: number[] = [];
const ratios: number[] = [];
const allOn = Object.fromEntries(RULES.map((r) => [r.id, 'warning'])) as Record<RuleId, 'warning'>;
// Paired runs (extract, then checks on its analysis): the ratio of each pair is measured under the
// same load, which matters on a shared machine; the median ratio is reported.
const allRatios: number[] = [];
const timeChecks = (analysis: ReturnType<typeof extract>, allRules: boolean): number => {
  const t = performance.now();
  runChecks({ text: big, analysis, articleDate: '2020-01-01', severities: allRules ? allOn : undefined });
  return performance.now() - t;
};
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  const analysis = extract(big);
  const took = performance.now() - t0;
  // Alternate which set runs first after the extraction, so that neither always pays its garbage collection.
  const [shipped, all] = i % 2 === 0 ? [timeChecks(analysis, false), timeChecks(analysis, true)] : [timeChecks(analysis, true), timeChecks(analysis, false)].reverse();
  if (i > 0) {
    extractMs.push(took);
    checksMs.push(all);
    shippedMs.push(shipped);
    ratios.push(shipped / took);
    allRatios.push(all / took);
  }
}
const overhead = median(ratios) * 100;
const bigAnalysis = extract(big);
const perRule = RULES.map((rule) => {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    rule.run({ text: big, analysis: bigAnalysis, articleDate: '2020-01-01' });
    times.push(performance.now() - t0);
  }
  return [`\`${rule.id}\``, fmt(median(times))];
});
log(perRule.map((r) => r.join(' ')).join(', '));
log(`extract ${fmt(median(extractMs))} ms, checks ${fmt(median(checksMs))} ms (+${fmt(overhead)}%)`);

const path = join(root, 'bench/CHECKS.md');
const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
const reviewAt = previous.indexOf('## Hand review');
const review = reviewAt >= 0 ? previous.slice(reviewAt) : '## Hand review\n\n(not yet reviewed)\n';
const md = `# Editorial checks on published news

Generated by \`node bench/build.mjs checks\` (${commitLabel()}). The gold texts of \`../shared/eval/\`
(OntoNotes, CoNLL-2003, PolNeAR, TimeBank: published, edited news) are read, never copied. Every
rule runs, \`distant-weekday\` (off by default) included; PolNeAR articles carry their publication
date, the others none (so rules that need a year or the article's date say nothing on them).

## Findings per rule

${table(['rule', 'default', ...splits.flatMap((s) => [`${s} count`, `${s} per 1,000 articles`])], rateRows)}

Articles: ${splits.map((s) => `${s} ${splitDocs.get(s)}`).join(', ')}.

## Quality bar (default severities)

- error, at most one per 20 articles (0.05 per article): ${bar('error', 0.05).join('; ')}
- error, leaving out the quotations still open where a text stops (${splits.map((s) => `${s}: ${openAtEnd.get(s) ?? 0}`).join(', ')}; OntoNotes excerpts end inside a quotation, its closing mark cut off): ${splits
  .map((s) => {
    const n = (severityCounts.get(`${s}:error`) ?? 0) - (openAtEnd.get(s) ?? 0);
    const per = n / splitDocs.get(s)!;
    return `${s}: ${n} = ${fmt(per, 3)} per article ${per <= 0.05 ? 'pass' : 'FAIL'}`;
  })
  .join('; ')}
- warning, at most one per 2 articles (0.5 per article): ${bar('warning', 0.5).join('; ')}

## Time on 1 MB of real news

${table(['step', 'median ms (8 paired runs)', 'fastest ms'], [['extract', fmt(median(extractMs)), fmt(Math.min(...extractMs))], ['checks, every rule on', fmt(median(checksMs)), fmt(Math.min(...checksMs))], ['checks, default severities', fmt(median(shippedMs)), fmt(Math.min(...shippedMs))], ['checks (default severities) / extract, median of the paired ratios', `${fmt(overhead)}% (limit 20%) ${overhead <= 20 ? 'pass' : 'FAIL'}`, `${fmt((Math.min(...shippedMs) / Math.min(...extractMs)) * 100)}%`], ['checks (every rule on) / extract, median of the paired ratios', `${fmt(median(allRatios) * 100)}%`, `${fmt((Math.min(...checksMs) / Math.min(...extractMs)) * 100)}%`]])}

The machine is shared (two cores, other work running): absolute times vary several-fold between
runs, the paired ratio much less.

Per rule (median of 5, ms): ${perRule.map(([id, ms]) => `${id} ${ms}`).join(', ')}.

${review}`;
writeFileSync(path, md);
log(`wrote ${path}`);
// For `npm run bench` (bench/run.ts): the time figures as one JSON line.
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ extractMs: median(extractMs), checksMs: median(checksMs), overheadPercent: overhead })}\n`);
