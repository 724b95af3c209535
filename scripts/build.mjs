// Builds the extension for the desktop (Node) and browser extension hosts, the CLI, and,
// with --tests, the unit tests. One script so that every face ships the same extractor.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const withTests = args.has('--tests');
const root = new URL('..', import.meta.url).pathname;

// Lexicons are compiled from their npm data packages before bundling.
const lexiconScript = join(root, 'scripts/build-lexicons.mjs');
if (existsSync(lexiconScript)) {
  const result = spawnSync(process.execPath, [lexiconScript], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  target: 'es2022',
  logLevel: 'warning',
  absWorkingDir: root,
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    define: { 'process.env.NEWSMARK_WEB': '"1"' },
  },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'e2e') out.push(...testEntries(path));
    } else if (name.endsWith('.test.ts')) {
      out.push(path);
    }
  }
  return out;
}

if (withTests) {
  rmSync(join(root, 'out'), { recursive: true, force: true });
  builds.push({
    ...common,
    minify: false,
    sourcemap: 'inline',
    entryPoints: testEntries(join(root, 'test')),
    outdir: 'out/test',
    outbase: 'test',
    platform: 'node',
    format: 'cjs',
    packages: 'external',
  });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
