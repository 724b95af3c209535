// Every path by which text from a file, a setting or an article reaches a notification, through
// the real modules with a stand-in `vscode` that records what the window was asked to show:
// the notify.ts functions themselves (every module must use them: see safeText.test.ts), a
// hostile annotation file and file name, a failed write, a symbolic link in the annotations path,
// and the report path given with the export command.
import { fakeWorkbench } from './fakeVscode';
import { analysisStub, article, disk, shown, Uri } from './fakeWorkspace';
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createFactCheck, serializeAnnotationFile } from '../../src/annotations/index';
import { confirm, showError, showInformation, showWarning } from '../../src/extension/ui/notify';
import { FactCheckNotice, FactCheckService } from '../../src/extension/factCheck/service';
import { FactCheckStore } from '../../src/extension/factCheck/store';
import { FactCheckReportExporter } from '../../src/extension/factCheck/report';
import { visibleText } from '../../src/extension/ui/safeText';

// The patterns VS Code applies to notification text (parseLinkedText) and labels (renderLabelWithIcons).
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const VSCODE_ICON = /(?<!\\)\$\([A-Za-z0-9-]+(?:~[A-Za-z0-9-]+)?\)/;
const HOSTILE = '[Repair the file](command:workbench.action.terminal.new) $(zap)';
const TEXT = 'The mayor said “taxes will fall” on Monday.\n';

function assertInert(text: string | undefined): void {
  assert.ok(text !== undefined);
  assert.doesNotMatch(text, VSCODE_LINK, `a link in: ${text}`);
  assert.doesNotMatch(text, VSCODE_ICON, `an icon in: ${text}`);
  assert.doesNotMatch(text, /command:/i, `a command URI in: ${text}`);
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

function validFile(): Uint8Array {
  const start = TEXT.indexOf('taxes');
  const check = createFactCheck({
    id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    now: '2026-01-05T10:00:00.000Z',
    status: 'verified',
    creator: 'Desk',
    kind: 'quote',
    target: { source: 'article.txt', exact: 'taxes will fall', prefix: '', suffix: '', start, end: start + 15 },
  });
  return new TextEncoder().encode(serializeAnnotationFile([check]));
}
function hostileFile(): Uint8Array {
  const text = new TextDecoder().decode(validFile()).replace('"verified"', JSON.stringify(HOSTILE));
  return new TextEncoder().encode(text);
}

describe('notify.ts', () => {
  beforeEach(() => shown.reset());
  it('every kind of message is made safe', async () => {
    await showInformation(`Information ${HOSTILE}`);
    await showWarning(`Warning ${HOSTILE}`, 'Open File');
    await showError(`Error ${HOSTILE}`, 'Retry');
    await confirm({ message: `Export to ${HOSTILE}?`, detail: `Because ${HOSTILE}`, action: 'Export' });
    assert.equal(shown.messages.length, 4);
    for (const message of shown.messages) {
      assertInert(message.text);
      assert.ok(visibleText(message.text).endsWith(HOSTILE) || visibleText(message.text).endsWith(`${HOSTILE}?`), message.text);
    }
    assertInert(shown.messages[3].detail);
  });
});

describe('FactCheckService messages', () => {
  let service: FactCheckService;
  beforeEach(() => {
    disk.reset();
    shown.reset();
    disk.addFolder('/desk/.newsmark');
    fakeWorkbench.textDocuments = [];
    service?.dispose();
    service = new FactCheckService(analysisStub as never, new FactCheckStore());
  });
  const open = async (name: string) => {
    const document = article(name, TEXT);
    fakeWorkbench.open.fire(document);
    await service.whenLoaded(document as never);
    return document;
  };

  it('a hostile value in an annotation file is quoted in the warning, as text', async () => {
    disk.files.set('/desk/.newsmark/article.txt.annotations.json', hostileFile());
    const document = await open('article.txt');
    assert.equal(shown.messages.length, 1);
    assertInert(shown.messages[0].text);
    assert.match(visibleText(shown.messages[0].text), /unknown status "\[Repair the file\]\(command:workbench\.action\.terminal\.new\) \$\(zap\)"/);
    await assert.rejects(service.add(document as never, 15, 30, 'quote', 'false', ''), (error: Error) => {
      assert.ok(error instanceof FactCheckNotice);
      return true;
    });
  });

  it('a hostile file name is shown as text', async () => {
    const name = `${HOSTILE}.txt`;
    disk.files.set(`/desk/.newsmark/${name}.annotations.json`, new TextEncoder().encode('{"broken": ['));
    await open(name);
    assert.equal(shown.messages.length, 1);
    assertInert(shown.messages[0].text);
    assert.ok(visibleText(shown.messages[0].text).includes(name));
  });

  it('a failed write quotes the file system error as text', async () => {
    const document = await open('article.txt');
    disk.failWrites = `disk says ${HOSTILE}`;
    await service.add(document as never, TEXT.indexOf('taxes'), TEXT.indexOf('taxes') + 15, 'quote', 'false', '');
    for (let i = 0; i < 20 && shown.messages.length === 0; i++) await tick();
    assert.equal(shown.messages.length, 1);
    assert.equal(shown.messages[0].severity, 'error');
    assertInert(shown.messages[0].text);
    assert.ok(visibleText(shown.messages[0].text).includes(HOSTILE));
  });

  it('a symbolic .newsmark: fact checks readable, reported once, nothing written through it', async () => {
    disk.folders.delete('/desk/.newsmark');
    disk.addFolder('/elsewhere');
    disk.links.set('/desk/.newsmark', '/elsewhere');
    disk.files.set('/elsewhere/article.txt.annotations.json', validFile());
    const document = await open('article.txt');
    assert.deepEqual(service.entries(document as never).map((e) => [e.check.status, e.range]), [['verified', { start: TEXT.indexOf('taxes'), end: TEXT.indexOf('taxes') + 15 }]]);
    assert.equal(shown.messages.length, 1, 'reported once on load');
    assert.match(shown.messages[0].text, /\.newsmark is a symbolic link/);
    assert.ok(service.unchangeableReason(document as never));
    await assert.rejects(service.add(document as never, 0, 3, 'claim', 'false', ''), FactCheckNotice);
    await assert.rejects(service.update(document as never, 'urn:uuid:00000000-0000-4000-8000-000000000001', { status: 'false' }), FactCheckNotice);
    await tick();
    assert.deepEqual(disk.writes, [], 'nothing written');
    assert.equal(shown.messages.length, 1, 'not reported again');
  });

  it('a symbolic link deeper down (a mirrored folder) is not written through either', async () => {
    disk.addFolder('/elsewhere');
    disk.links.set('/desk/.newsmark/news', '/elsewhere');
    const document = await open('news/article.txt');
    await assert.rejects(service.add(document as never, 0, 3, 'claim', 'false', ''), FactCheckNotice);
    await tick();
    assert.deepEqual(disk.writes, []);
    assert.match(shown.messages[0].text, /\.newsmark\/news is a symbolic link/);
  });

  it('without links, the fact check is written inside the workspace folder', async () => {
    const document = await open('article.txt');
    await service.add(document as never, TEXT.indexOf('taxes'), TEXT.indexOf('taxes') + 15, 'quote', 'false', '');
    for (let i = 0; i < 20 && !disk.files.has('/desk/.newsmark/article.txt.annotations.json'); i++) await tick();
    assert.ok(disk.files.has('/desk/.newsmark/article.txt.annotations.json'));
    assert.ok(disk.writes.every((path) => path.startsWith('/desk/')), disk.writes.join(', '));
    assert.deepEqual(shown.messages, []);
  });
});

describe('Export Fact-check Report… with a path in its arguments', () => {
  const exporter = new FactCheckReportExporter(
    { supports: () => false, whenLoaded: async () => undefined, entries: () => [], location: () => undefined, readOnlyReason: () => undefined } as never,
    analysisStub as never,
    new FactCheckStore(),
  );
  beforeEach(() => {
    disk.reset();
    shown.reset();
    disk.addFolder('/desk');
  });
  const run = (output: unknown) => exporter.run({ scope: 'workspace', format: 'markdown', output } as never);

  for (const output of ['file:///etc/cron.d/report.md', 'file:///desk/../etc/report.md', `file:///elsewhere/${HOSTILE}.md`, 'vscode-remote://evil/desk/report.md', 42]) {
    it(`${String(output)}: outside the workspace, so the save dialog asks instead`, async () => {
      assert.equal(await run(output), undefined);
      assert.equal(shown.saveDialogs.length, 1, 'the save dialog opened');
      assert.deepEqual(disk.writes, []);
      assert.equal(shown.messages.length, 1);
      assertInert(shown.messages[0].text);
    });
  }

  it('through a symbolic link inside the workspace: the save dialog asks instead', async () => {
    disk.addFolder('/elsewhere');
    disk.links.set('/desk/out', '/elsewhere');
    assert.equal(await run('file:///desk/out/report.md'), undefined);
    assert.equal(shown.saveDialogs.length, 1);
    assert.deepEqual(disk.writes, []);
  });

  it('inside the workspace: written only once the user confirms', async () => {
    assert.equal(await run(`file:///desk/${HOSTILE}.md`), undefined, 'Cancel writes nothing');
    assert.equal(shown.messages.length, 1);
    assert.ok(shown.messages[0].modal);
    assertInert(shown.messages[0].text);
    assert.deepEqual(disk.writes, []);
    shown.modalAnswer = 'Export';
    const written = await run('file:///desk/report.md');
    assert.equal(written?.toString(), Uri.file('/desk/report.md').toString());
    assert.deepEqual(disk.writes, ['/desk/report.md']);
    assert.match(new TextDecoder().decode(disk.files.get('/desk/report.md')), /^# Fact-check report/);
  });
});
