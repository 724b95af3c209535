// safeText: text from files, settings and articles can form no link and no icon in the workbench.
// The patterns below are the ones VS Code applies: `parseLinkedText` (vs/base/common/linkedText.ts)
// to notification messages, and `renderLabelWithIcons` (vs/base/browser/ui/iconLabel) to status
// bar text, quick pick rows and tree labels.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { safeHighlightedLabel, safeLines, safeText, visibleText } from '../../../src/extension/ui/safeText';

const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const VSCODE_ICON = /(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z0-9-]+)?)\)/g;
const links = (text: string) => [...text.matchAll(VSCODE_LINK)].map((m) => m[0]);
const icons = (text: string) => [...text.matchAll(VSCODE_ICON)].filter((m) => !m[1]).map((m) => m[0]);

const HOSTILE = 'unknown status "[Repair the file](command:workbench.action.terminal.new) $(zap)"';

describe('safeText', () => {
  it('leaves no link and no icon, and reads the same', () => {
    assert.deepEqual(links(HOSTILE), ['[Repair the file](command:workbench.action.terminal.new)']);
    assert.deepEqual(icons(HOSTILE), ['$(zap)']);
    const safe = safeText(HOSTILE);
    assert.deepEqual(links(safe), []);
    assert.deepEqual(icons(safe), []);
    assert.equal(visibleText(safe), HOSTILE);
  });

  it('breaks https, file and bare command: links too', () => {
    for (const text of ['[x](https://evil.example/)', '[x](file:///etc/passwd)', '[x](COMMAND:foo?%5B%5D)', 'see command:workbench.action.terminal.new']) {
      const safe = safeText(text);
      assert.deepEqual(links(safe), [], safe);
      assert.doesNotMatch(safe, /command:/i);
      assert.equal(visibleText(safe), text);
    }
  });

  it('pieces made safe one by one stay safe when joined', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('[', ']', '(', ')', '$', 'command:', 'https://x', '$(zap)', '](command:x)')), { maxLength: 12 }), (pieces) => {
        const joined = pieces.map(safeText).join('');
        return links(joined).length === 0 && icons(joined).length === 0 && !/command:/i.test(joined);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns control characters into spaces and shows bidi overrides', () => {
    assert.equal(safeText('a\nb\r\nc\td\u0007e\u001bf'), 'a b  c d e f');
    assert.equal(safeText('invoice\u202Efdp.exe'), 'invoice\uFFFDfdp.exe');
  });

  it('keeps the lines of a tooltip', () => {
    assert.equal(visibleText(safeLines('Claim: “$(zap)”\nNote: [a](command:x)')), 'Claim: “$(zap)”\nNote: [a](command:x)');
    assert.deepEqual(links(safeLines('[a](command:x)\n[b](https://y)')), []);
  });

  it('moves a highlight along with what it inserts', () => {
    const text = 'Read $(zap) [the memo](command:x) now';
    const start = text.indexOf('the memo');
    const { label, highlights } = safeHighlightedLabel(text, [start, start + 8]);
    assert.equal(label.slice(highlights[0][0], highlights[0][1]), 'the memo');
    assert.deepEqual(icons(label), []);
    assert.deepEqual(links(label), []);
  });
});

describe('every notification goes through notify.ts', () => {
  it('no other module calls showInformationMessage, showWarningMessage or showErrorMessage', () => {
    // Bundled to out/test/extension/ui/: the sources are four folders up.
    const folder = join(__dirname, '..', '..', '..', '..', 'src', 'extension');
    const offenders = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && name !== join('ui', 'notify.ts'))
      .filter((name) => /show(Information|Warning|Error)Message/.test(readFileSync(join(folder, name), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
