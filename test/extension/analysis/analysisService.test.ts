// AnalysisService when documents close before or while they are analysed, driven through a
// stand-in `vscode` module (fakeVscode.ts, imported first). The end-to-end test closes real
// editors mid-analysis; this one checks what cannot be seen there: that no analysis is published
// for a document after it closed, and that a document opened again is analysed afresh.
import { fakeDocument, fakeWorkbench } from '../fakeVscode';
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService, type AnalysisUpdate } from '../../../src/extension/analysis/analysisService';

type Doc = ReturnType<typeof fakeDocument>;

const ARTICLE = 'Maria Rivera, the mayor of Lisbon, spoke to reporters on Tuesday.\n\n“We will keep talking,” Ms. Rivera said.\n';
const LONG = Array.from({ length: 400 }, () => ARTICLE).join('\n');
const tick = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

function show(...documents: Doc[]): void {
  fakeWorkbench.visibleTextEditors = documents.map((document) => ({ document }));
  fakeWorkbench.visibleEditors.fire(fakeWorkbench.visibleTextEditors);
}
function open(document: Doc): void {
  fakeWorkbench.textDocuments.push(document);
  fakeWorkbench.open.fire(document);
  show(document);
}
/** As VS Code does it: the editor goes, then the document closes. */
function close(document: Doc): void {
  show(...fakeWorkbench.visibleTextEditors.map((e) => e.document as Doc).filter((d) => d !== document));
  document.isClosed = true;
  fakeWorkbench.textDocuments = fakeWorkbench.textDocuments.filter((d) => d !== document);
  fakeWorkbench.close.fire(document);
}

describe('AnalysisService and closed documents', () => {
  let service: AnalysisService;
  let updates: { uri: string; document: Doc; analysed: boolean; closed: boolean }[];
  const errors: string[] = [];
  const log = { info() {}, warn() {}, trace() {}, debug() {}, error: (message: string) => errors.push(message) };
  const analysedAfterClose = () => updates.filter((u) => u.analysed && u.closed);

  beforeEach(() => {
    fakeWorkbench.visibleTextEditors = [];
    fakeWorkbench.textDocuments = [];
    service = new AnalysisService(log as never);
    updates = [];
    service.onDidUpdate((update: AnalysisUpdate) => {
      const document = update.document as unknown as Doc;
      updates.push({ uri: document.uri.toString(), document, analysed: update.analysis !== undefined, closed: document.isClosed });
    });
  });
  afterEach(() => {
    service.dispose();
    assert.deepEqual(errors, []);
  });

  it('a document closed before its analysis ran is never analysed', async () => {
    const document = fakeDocument(LONG, 'file:///desk/long.txt');
    open(document);
    close(document);
    await tick();
    assert.deepEqual(analysedAfterClose(), []);
    assert.equal(updates.filter((u) => u.analysed).length, 0);
    assert.equal(service.get(document as never), undefined);
  });

  it('quick switches: a closed document gets no analysis after it closed, the open ones get theirs', async () => {
    const a = fakeDocument(ARTICLE, 'file:///desk/a.txt');
    const b = fakeDocument(LONG, 'file:///desk/b.txt');
    const c = fakeDocument(ARTICLE, 'file:///desk/c.txt');
    open(a);
    open(b);
    open(c);
    show(b);
    close(b);
    show(a, c);
    await tick();
    assert.deepEqual(analysedAfterClose(), []);
    assert.equal(updates.some((u) => u.uri.endsWith('b.txt') && u.analysed), false);
    for (const document of [a, c]) assert.ok(service.get(document as never), `${document.uri.toString()} is analysed`);
  });

  it('a document closed and opened again is analysed again', async () => {
    const first = fakeDocument(ARTICLE, 'file:///desk/again.txt');
    open(first);
    await tick();
    assert.ok(service.get(first as never));
    close(first);
    assert.equal(service.get(first as never), undefined);
    const again = fakeDocument(ARTICLE, 'file:///desk/again.txt');
    open(again);
    await tick();
    assert.ok(service.get(again as never), 'analysed after reopening');
    assert.deepEqual(analysedAfterClose(), []);
  });
});
