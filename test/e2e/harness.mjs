// Drives the VS Code workbench served by code-server (started by scripts/e2e.sh) with Chromium.
// Each suite copies the sample articles into its own folder and opens it, so suites do not share
// editors or files. Helpers wait on the DOM rather than sleeping.
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SAMPLE = '000_e8a961f6e006cecf.txt';
export const CATEGORIES = ['person', 'place', 'date', 'quote'];

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests through scripts/e2e.sh`);
  return value;
};

export const config = {
  get url() { return env('E2E_URL'); },
  /** A code-server with workspace trust on: folders open in Restricted Mode. */
  get restrictedUrl() { return env('E2E_RESTRICTED_URL'); },
  /** A code-server whose user settings make Newsmark run in the web-worker extension host. */
  get workerUrl() { return env('E2E_WORKER_URL'); },
  get work() { return env('E2E_WORK'); },
  get seeds() { return env('E2E_SEEDS'); },
  get results() { return env('E2E_RESULTS'); },
};

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Polls `check` until it returns a truthy value; fails with `describe()` of the last value. */
export async function waitFor(check, { timeout = 30_000, interval = 200, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? ` (last error: ${lastError.message})` : ` (last value: ${JSON.stringify(last)})`;
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Opens the workbench on a fresh copy of the sample articles plus `extraFiles` ({name: text}).
 * `restricted: true` opens it in Restricted Mode (an untrusted workspace); `worker: true` on the
 * server that runs Newsmark's browser build in the web-worker extension host.
 * `extraFiles` values may be strings or Buffers.
 * Returns { browser, page, folder, screenshot(name), close() }.
 */
export async function openWorkbench(suiteName, extraFiles = {}, { restricted = false, worker = false, noFolder = false, workspaceFile, folderUri } = {}) {
  const folder = join(config.work, suiteName);
  mkdirSync(folder, { recursive: true });
  cpSync(config.seeds, folder, { recursive: true });
  for (const [name, text] of Object.entries(extraFiles)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  mkdirSync(config.results, { recursive: true });

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const consoleErrors = [];
  // The workbench's own gallery and resource lookups fail offline; those errors say nothing about
  // Newsmark, so only the first line of the others is kept for failure reports.
  const offlineNoise = /open-vsx|getaddrinfo|ERR_NAME_NOT_RESOLVED|Failed to load resource|authentication provider/;
  const keep = (text) => { if (!offlineNoise.test(text)) consoleErrors.push(text.split('\n')[0].slice(0, 300)); };
  page.on('console', (msg) => { if (msg.type() === 'error') keep(msg.text()); });
  page.on('pageerror', (error) => keep(String(error)));

  const base = worker ? config.workerUrl : restricted ? config.restrictedUrl : config.url;
  // `ew=true` opens an empty window: no folder at all (the files are still written for opening by path).
  // `workspaceFile` (a .code-workspace among extraFiles) opens a multi-root workspace instead, and
  // `folderUri` a folder of another file system (e.g. `newsroom:/suite`, see fixtureFs.mjs).
  const target = noFolder ? 'ew=true'
    : workspaceFile ? `workspace=${encodeURIComponent(join(folder, workspaceFile))}`
    : folderUri ? `folder=${encodeURIComponent(folderUri)}`
    : `folder=${encodeURIComponent(folder)}`;
  try {
    // code-server now and then opens a workspace URL as an empty window ("No Folder Opened");
    // loading the same URL again opens it. Newsmark is not involved yet at this point.
    for (let attempt = 1; ; attempt++) {
      await page.goto(`${base}/?${target}`, { timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
      if (noFolder) break;
      try {
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30_000 });
        break;
      } catch (error) {
        if (attempt >= 4) throw error;
        console.log(`# the workbench opened without its folder (attempt ${attempt}); loading ${target} again`);
      }
    }
  } catch (error) {
    // The suite never gets the workbench, so nothing else would close the browser (and the test
    // process would wait for it forever).
    const shot = join(config.results, `failure-${suiteName}-open.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    await browser.close().catch(() => {});
    error.message += `\n  screenshot: ${shot}`;
    throw error;
  }

  const workbench = {
    browser, page, folder, consoleErrors,
    async screenshot(name) {
      const path = join(config.results, `${name}.png`);
      await page.screenshot({ path }).catch(() => {});
      return path;
    },
    async close() { await browser.close().catch(() => {}); },
  };
  return workbench;
}

/** Wraps a test body so that a failure leaves a screenshot named after the test. */
export function withScreenshot(getWorkbench, name, body) {
  return async (t) => {
    try {
      await body(t);
    } catch (error) {
      const workbench = getWorkbench();
      if (workbench) {
        const path = await workbench.screenshot(`failure-${name.replace(/[^\w-]+/g, '-')}`);
        error.message += `\n  screenshot: ${path}`;
        if (workbench.consoleErrors.length) {
          error.message += `\n  browser console errors (last 5):\n    ${workbench.consoleErrors.slice(-5).join('\n    ')}`;
        }
      }
      throw error;
    }
  };
}

/** Opens a file by clicking its row in the explorer; resolves with the editor's locator. */
export async function openFromExplorer(page, fileName) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }),
  });
  await row.first().click({ timeout: 30_000 });
  const editor = activeEditor(page);
  await waitFor(async () => (await editor.getAttribute('data-uri'))?.endsWith(encodeURIComponent(fileName).replace(/%2F/g, '/')),
    { message: `an editor showing ${fileName}` });
  await editor.locator('.view-lines .view-line').first().waitFor();
  return editor;
}

/** Opens a file by its absolute path through Go to File… (Quick Open takes absolute paths). */
export async function openByPath(page, path) {
  const name = path.split('/').pop();
  const editor = activeEditor(page);
  const opened = async () => (await editor.getAttribute('data-uri', { timeout: 1_000 }).catch(() => ''))?.endsWith(name);
  await waitFor(async () => {
    if (await opened()) return true;
    await runCommand(page, 'Go to File...');
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await input.fill(path);
    const row = widget.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first();
    if (!(await row.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
      await page.keyboard.press('Escape');
      return false;
    }
    await input.press('Enter');
    return waitFor(opened, { timeout: 10_000, message: `an editor showing ${path}` }).catch(() => false);
  }, { timeout: 60_000, interval: 500, message: `an editor showing ${path}` });
  await editor.locator('.view-lines .view-line').first().waitFor();
  return editor;
}

/** Picks the entry labelled `label` in the open quick pick. */
export async function pickItem(page, label) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await widget.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await input.fill(label);
  await widget.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await input.press('Enter');
  // A following quick pick must not be mistaken for this one.
  await widget.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => {});
}

export function activeEditor(page) {
  return page.locator('.part.editor .editor-group-container.active .editor-instance .monaco-editor').first();
}

/** The status bar's cursor position, e.g. { line: 5, column: 9, text: 'Ln 5, Col 9' }. */
export async function cursorPosition(page) {
  const item = page.locator('[id="status.editor.selection"]');
  const text = (await item.textContent({ timeout: 10_000 }))?.trim() ?? '';
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  if (!match) throw new Error(`no cursor position in the status bar: "${text}"`);
  return { line: Number(match[1]), column: Number(match[2]), text };
}

/** Focuses the editor and puts the cursor at the very start of the document. */
export async function cursorToStart(page, editor) {
  await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  await waitFor(async () => {
    const { line, column } = await cursorPosition(page);
    return line === 1 && column === 1;
  }, { message: 'the cursor at Ln 1, Col 1' });
}

/** Runs a command from the command palette: F1, type its full label, pick that exact entry, Enter. */
export async function runCommand(page, label) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  const findEntry = async (timeout) => {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    return waitFor(async () => {
      // The palette may set its own ">" prefix after it shows, replacing what was typed too early;
      // the list would then show every command and the wanted one might not be rendered.
      if ((await input.inputValue()) !== `>${label}`) {
        await input.fill(`>${label}`);
        return null;
      }
      const labels = await widget.locator('.quick-input-list .monaco-list-row').evaluateAll((rows) =>
        rows.map((row) => ({
          label: row.querySelector('.label-name')?.textContent?.trim(),
          focused: row.classList.contains('focused'),
          index: Number(row.getAttribute('data-index')),
        })));
      const exact = labels.find((row) => row.label === label);
      return exact ? { target: exact.index, focused: labels.find((row) => row.focused)?.index ?? 0 } : null;
    }, { timeout, message: `command "${label}" in the command palette` });
  };
  let index;
  try {
    index = await findEntry(10_000);
  } catch {
    // Once more with a freshly opened palette: a palette opened while the workbench was still
    // registering commands can keep a stale list.
    await page.keyboard.press('Escape');
    index = await findEntry(15_000);
  }
  for (let i = index.focused; i < index.target; i++) await page.keyboard.press('ArrowDown');
  for (let i = index.focused; i > index.target; i--) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  // The palette closes, or gives way to the command's own quick pick or input box.
  await waitFor(async () => !(await input.isVisible()) || (await input.inputValue()) !== `>${label}`,
    { timeout: 10_000, message: `the command palette to run "${label}"` });
}

/** Screen rectangle of the first occurrence of `word` in the editor's rendered text. */
export async function wordBox(editor, word, occurrence = 0) {
  return editor.locator('.view-lines').evaluate((lines, [wanted, nth]) => {
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.replace(/\u00a0/g, ' ');
      let from = 0;
      for (let at = text.indexOf(wanted, from); at >= 0; at = text.indexOf(wanted, from)) {
        if (seen++ === nth) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }
        from = at + wanted.length;
      }
    }
    return null;
  }, [word, occurrence]);
}

/** Moves the mouse onto `word` and waits for a hover card containing `expected`; returns its text. */
export async function hoverWord(page, editor, word, expected, occurrence = 0) {
  const box = await wordBox(editor, word, occurrence);
  if (!box) throw new Error(`"${word}" is not rendered in the editor`);
  const hover = page.locator('.monaco-hover:not(.hidden)');
  return waitFor(async () => {
    // Re-entering the word re-triggers the hover if the first attempt was too early.
    await page.mouse.move(box.x - 20, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    try {
      await hover.filter({ hasText: expected }).first().waitFor({ state: 'visible', timeout: 3_000 });
    } catch {
      // A card still showing for the same word is not asked for again: close it so that the next
      // attempt gets a card made from the current analysis.
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 500);
      return null;
    }
    return (await hover.filter({ hasText: expected }).first().innerText()).trim();
  }, { timeout: 30_000, message: `a hover card on "${word}" containing "${expected}"` });
}

/**
 * Decorations drawn in the editor: every `ced-…` class in the view overlays and lines, each with
 * the theme colour variables its CSS rule uses (`--vscode-newsmark-…`).
 */
export async function decorationClasses(editor) {
  return editor.evaluate((root) => {
    const classes = new Map();
    for (const element of root.querySelectorAll('.view-overlays [class*="ced-"], .view-lines [class*="ced-"]')) {
      for (const name of element.classList) {
        if (name.startsWith('ced-')) classes.set(name, (classes.get(name) ?? 0) + 1);
      }
    }
    const variables = new Map([...classes.keys()].map((name) => [name, new Set()]));
    for (const sheet of document.styleSheets) {
      let rules;
      try { rules = sheet.cssRules; } catch { continue; }
      for (const rule of rules) {
        const selector = rule.selectorText ?? '';
        for (const name of classes.keys()) {
          if (!selector.includes(`.${name}`)) continue;
          for (const match of rule.cssText.matchAll(/var\((--vscode-[\w.-]+)/g)) variables.get(name).add(match[1]);
        }
      }
    }
    return [...classes].map(([name, count]) => ({ name, count, variables: [...variables.get(name)] }));
  });
}

/** Which category a theme colour variable belongs to, from its contributed colour id. */
export function categoryOfVariable(variable) {
  const id = variable.replace(/^--vscode-/, '').toLowerCase();
  if (!id.startsWith('newsmark')) return undefined;
  if (/person|people/.test(id)) return 'person';
  if (/place/.test(id)) return 'place';
  if (/date/.test(id)) return 'date';
  if (/quote/.test(id)) return 'quote';
  return undefined;
}

/** The categories (person, place, date, quote) whose highlights an editor draws. */
export async function drawnCategories(editor) {
  const classes = await decorationClasses(editor);
  return new Set(classes.flatMap((c) => c.variables.map(categoryOfVariable)).filter(Boolean));
}

/** Waits until an editor draws highlights of all four categories. */
export async function waitForAllCategories(editor, message = 'all four categories highlighted', timeout = 45_000) {
  await waitFor(async () => {
    const drawn = await drawnCategories(editor);
    return CATEGORIES.every((category) => drawn.has(category));
  }, { timeout, message });
}

/** Tree rows in the side bar, as { label, description, level, expanded, index }. */
export async function treeRows(page, scope = '.part.sidebar') {
  return page.locator(`${scope} .monaco-list-row`).evaluateAll((rows) => rows.map((row) => ({
    label: row.querySelector('.label-name')?.textContent?.trim() ?? row.textContent.trim(),
    description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
    level: Number(row.getAttribute('aria-level') ?? 0),
    expanded: row.getAttribute('aria-expanded'),
    index: Number(row.getAttribute('data-index')),
    ariaLabel: row.getAttribute('aria-label') ?? '',
  })));
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Errors logged since `since` (a Date) by the extension hosts (remoteexthost.log, entries that
 * name Newsmark) and by Newsmark's own log: uncaught exceptions, rejected promises, failed analyses.
 */
export function newsmarkLogErrors(since) {
  return logEntries(since, (file, level, entry) => level === 'error' && (file.endsWith('Newsmark.log') || /newsmark/i.test(entry)));
}

/** Every entry of Newsmark's own log since `since`. */
export function newsmarkLogEntries(since) {
  return logEntries(since, (file) => file.endsWith('Newsmark.log'));
}

function logEntries(since, keep) {
  const logs = join(dirname(dirname(env('E2E_USER_SETTINGS'))), 'logs');
  const files = [];
  const walk = (dir) => {
    let entries = [];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'remoteexthost.log' || entry.name === 'Newsmark.log') files.push(path);
    }
  };
  walk(logs);
  const kept = [];
  for (const file of files) {
    // One entry per timestamped line, with the stack lines that follow it.
    const entries = readFileSync(file, 'utf8').split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \[)/);
    for (const entry of entries) {
      const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[(\w+)\]/.exec(entry);
      if (!match || new Date(`${match[1]}T${match[2]}`) < since) continue;
      if (keep(file, match[3], entry)) kept.push(`${file.slice(logs.length + 1)}: ${entry.slice(0, 600)}`);
    }
  }
  return kept;
}

/** Error notifications (toasts and the notification centre) that come from Newsmark. */
export async function newsmarkErrorNotifications(page) {
  return page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item')
    .evaluateAll((items) => items
      .filter((item) => item.querySelector('.codicon-error, .codicon-notifications-error'))
      .map((item) => item.innerText.replace(/\s+/g, ' ').trim())
      .filter((text) => /newsmark/i.test(text)));
}

/**
 * Collapses the groups of the Article view. With the Newsroom view beside it, the view's actions
 * sit in its own pane header and show only while the pointer is over it, so hover first.
 */
export async function collapseArticleView(page) {
  const pane = page.locator('.part.sidebar .pane:has(.pane-header[aria-label^="Article"])').first();
  await pane.locator('.pane-header').first().hover({ timeout: 5_000 }).catch(() => {});
  const inPane = pane.locator('.action-label.codicon-collapse-all').first();
  if (await inPane.click({ timeout: 5_000 }).then(() => true, () => false)) return;
  await page.locator('.part.sidebar .action-label.codicon-collapse-all').first().click({ timeout: 5_000 }).catch(() => {});
}
