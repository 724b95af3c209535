// Restricted Mode: package.json names the settings an untrusted workspace must not set, so VS Code
// ignores the workspace's own values of them (it applies `restrictedConfigurations` itself, in
// `workspace.getConfiguration`). Newsmark must then read settings only through that API.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Bundled to out/test/extension/: the project is three folders up.
const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Text in package.json is a "%key%" placeholder with its English in package.nls.json.
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const english = (text: string) => text.replace(/^%([^%]+)%$/, (_match, key: string) => nls[key] ?? text);

/** What a hostile repository's .vscode/settings.json could do with each, were it not restricted. */
const MUST_BE_RESTRICTED = {
  'newsmark.maxFileSizeMB': '0 lifts the size limit, so a huge file freezes the editor',
  'newsmark.include': '["**/*"] annotates every file',
  'newsmark.exclude': '[] annotates node_modules and the like',
  'newsmark.languages': 'annotates documents of any language',
  'newsmark.files': 'forces highlights on any file',
  'newsmark.annotationsFolder': 'moves where fact checks are read and written',
  'newsmark.factCheck.author': 'signs the user’s new fact checks with another name',
  'newsmark.factCheck.organization': 'publishes the user’s ClaimReview export under another organization’s name',
  'newsmark.factCheck.organizationUrl': 'puts another address (a look-alike of the user’s organization) into the published ClaimReview',
};

describe('Restricted Mode', () => {
  const trust = manifest.capabilities.untrustedWorkspaces;

  it('declares limited support with the restricted settings', () => {
    assert.equal(trust.supported, 'limited');
    assert.ok(typeof trust.description === 'string' && english(trust.description).includes('untrusted workspace'), trust.description);
    for (const [setting, why] of Object.entries(MUST_BE_RESTRICTED)) {
      assert.ok(trust.restrictedConfigurations.includes(setting), `${setting} is restricted: otherwise a workspace's value ${why}`);
    }
  });

  it('restricts only settings that exist', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties);
    for (const setting of trust.restrictedConfigurations) assert.ok(settings.includes(setting), setting);
  });

  it('the extension reads settings only through workspace.getConfiguration, never from settings files', () => {
    const folder = join(root, 'src', 'extension');
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(folder, name), 'utf8');
      assert.doesNotMatch(source, /settings\.json|\.code-workspace/, `${name} reads a settings file`);
    }
  });
});
