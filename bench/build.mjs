// Bundles the benchmark programs (bench/*.ts) and a minified copy of the extractor into
// node_modules/.cache/newsmark-bench/, then runs one of them: `node bench/build.mjs accuracy`.
// Peer libraries (compromise, wink-nlp) stay external: loaded from node_modules at run time,
// never bundled into anything that ships.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
export const benchOut = join(root, 'node_modules/.cache/newsmark-bench');

// `newsmark:incremental` is the extractor's IncrementalExtractor when src/extractor/incremental.ts
// exists, else undefined, so that the edit-cost benchmark measures whichever the extractor offers.
const incrementalModule = {
  name: 'newsmark-incremental',
  setup(build) {
    build.onResolve({ filter: /^newsmark:incremental$/ }, () => ({ path: 'incremental', namespace: 'newsmark' }));
    build.onLoad({ filter: /.*/, namespace: 'newsmark' }, () => {
      const file = join(root, 'src/extractor/incremental.ts');
      return existsSync(file)
        ? { contents: `export { IncrementalExtractor } from ${JSON.stringify(file)};`, resolveDir: root, loader: 'ts' }
        : { contents: 'export const IncrementalExtractor = undefined;', loader: 'ts' };
    });
  },
};

export async function buildBench() {
  const entries = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(root, 'bench', f));
  await esbuild.build({
    entryPoints: entries,
    outdir: benchOut,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    packages: 'external',
    plugins: [incrementalModule],
    logLevel: 'warning',
    absWorkingDir: root,
  });
  // The extractor alone, minified as it ships, for the cold-start measurement.
  await esbuild.build({
    entryPoints: [join(root, 'src/extractor/index.ts')],
    outfile: join(benchOut, 'extractor.min.cjs'),
    bundle: true,
    minify: true,
    platform: 'neutral',
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
  });
  // The lexicon data alone, to report its share of the bundle.
  const lexicon = join(root, 'src/extractor/lexicon/index.ts');
  if (existsSync(lexicon)) {
    await esbuild.build({ entryPoints: [lexicon], outfile: join(benchOut, 'lexicon.min.cjs'), bundle: true, minify: true, platform: 'neutral', format: 'cjs', target: 'es2022', logLevel: 'warning' });
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [name, ...args] = process.argv.slice(2);
  if (!name) {
    console.error('usage: node bench/build.mjs NAME [args…]  (runs bench/NAME.ts)');
    process.exit(2);
  }
  await buildBench();
  const result = spawnSync(process.execPath, [join(benchOut, `${name}.cjs`), ...args], { stdio: 'inherit', cwd: root });
  process.exit(result.status ?? 1);
}
