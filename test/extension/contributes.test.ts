// Command ids and setting defaults live in src/extension/contributes.ts; package.json contributes
// the same. These tests hold the two equal, and keep command ids out of the rest of the code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ANNOTATIONS_FOLDER } from '../../src/annotations/index';
import { COMMANDS, INTERNAL_COMMANDS, SETTING_DEFAULTS } from '../../src/extension/contributes';
import { CATEGORIES } from '../../src/extension/highlights/categories';

// Bundled to out/test/extension/: the project is three folders up.
const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionFolder = join(root, 'src', 'extension');
const sources = readdirSync(extensionFolder, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(extensionFolder, name), 'utf8') }));

describe('contributes.ts and package.json', () => {
  it('COMMANDS lists exactly the contributed commands', () => {
    const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual(Object.values(COMMANDS).sort(), contributed);
  });

  it('internal commands are not contributed and do not clash with contributed ones', () => {
    for (const id of Object.values(INTERNAL_COMMANDS)) assert.ok(!(Object.values(COMMANDS) as string[]).includes(id), id);
  });

  it('SETTING_DEFAULTS has exactly the contributed settings, each with the contributed default', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown }>;
    assert.deepEqual(Object.keys(SETTING_DEFAULTS).sort(), Object.keys(properties).sort());
    for (const [id, property] of Object.entries(properties)) {
      assert.deepEqual(SETTING_DEFAULTS[id as keyof typeof SETTING_DEFAULTS], property.default, id);
    }
  });

  it('every "%key%" in package.json has its text in package.nls.json, and every text there is used', () => {
    const texts = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, unknown>;
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    for (const key of keys) assert.equal(typeof texts[key], 'string', `package.nls.json lacks "${key}"`);
    for (const key of Object.keys(texts)) assert.ok(keys.includes(key), `"${key}" in package.nls.json is not used`);
  });

  it('the annotations folder the code falls back to is the contributed default', () => {
    assert.equal(DEFAULT_ANNOTATIONS_FOLDER, SETTING_DEFAULTS['newsmark.annotationsFolder']);
  });

  it('every highlight category toggles with a contributed command and defaults to its setting', () => {
    for (const category of CATEGORIES) {
      assert.ok((Object.values(COMMANDS) as string[]).includes(category.toggleCommand), category.toggleCommand);
      const setting = `newsmark.highlight.${category.setting}` as keyof typeof SETTING_DEFAULTS;
      assert.equal(category.defaultEnabled, SETTING_DEFAULTS[setting], setting);
    }
  });

  it('menus, keybindings and views refer only to contributed or internal commands', () => {
    const known = new Set<string>([...Object.values(COMMANDS), ...Object.values(INTERNAL_COMMANDS)]);
    const menus = Object.values(manifest.contributes.menus as Record<string, { command?: string }[]>).flat();
    for (const entry of [...menus, ...(manifest.contributes.keybindings as { command: string }[])]) {
      if (entry.command) assert.ok(known.has(entry.command), entry.command);
    }
  });
});

describe('command ids in the code', () => {
  it('every registerCommand names its id through COMMANDS, INTERNAL_COMMANDS or a category', () => {
    for (const { name, text } of sources) {
      for (const match of text.matchAll(/registerCommand\(\s*([^,]+),/g)) {
        assert.match(match[1], /^(COMMANDS\.\w+|INTERNAL_COMMANDS\.\w+|REVEAL_RANGE_COMMAND|category\.toggleCommand)$/, `${name}: registerCommand(${match[1]}`);
      }
    }
  });

  it('every contributed command is registered', () => {
    const registered = new Set<string>();
    for (const { text } of sources) for (const match of text.matchAll(/registerCommand\(\s*COMMANDS\.(\w+)/g)) registered.add(COMMANDS[match[1] as keyof typeof COMMANDS]);
    for (const category of CATEGORIES) registered.add(category.toggleCommand);
    assert.deepEqual([...registered].sort(), Object.values(COMMANDS).sort());
  });

  it('no module but contributes.ts spells a command id as a string', () => {
    const ids = [...Object.values(COMMANDS), ...Object.values(INTERNAL_COMMANDS)];
    for (const { name, text } of sources.filter((s) => s.name !== 'contributes.ts')) {
      for (const id of ids) assert.ok(!text.includes(`'${id}'`), `${name} spells '${id}'`);
    }
  });
});
