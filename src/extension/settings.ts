// Typed access to the `newsmark.*` settings.
import * as vscode from 'vscode';
import type { MentionType } from '../extractor/types';
import { CATEGORIES, type CategoryInfo } from './highlights/categories';
import { SETTING_DEFAULTS } from './contributes';
import { vagueDatesMode, type VagueDatesMode } from './highlights/vagueDates';

export const SECTION = 'newsmark';

export interface DocumentSettings {
  languages: string[];
  include: string[];
  exclude: string[];
  debounceMs: number;
  maxFileSizeMB: number;
}

/** Settings that apply to one document (they may differ per workspace folder). */
export function readDocumentSettings(scope?: vscode.ConfigurationScope): DocumentSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    languages: stringArray(config.get('languages'), [...SETTING_DEFAULTS['newsmark.languages']]),
    include: stringArray(config.get('include'), []),
    exclude: stringArray(config.get('exclude'), []),
    debounceMs: clampNumber(config.get('debounceMs'), SETTING_DEFAULTS['newsmark.debounceMs'], 0, 10_000),
    maxFileSizeMB: clampNumber(config.get('maxFileSizeMB'), SETTING_DEFAULTS['newsmark.maxFileSizeMB'], 0, 1024),
  };
}

/**
 * The date that resolves relative dates ("Friday", "last week") in an article that states none of
 * its own: `newsmark.articleDate` as YYYY-MM-DD, or "today" for the local date. Empty: unresolved.
 */
export function readArticleDate(scope?: vscode.ConfigurationScope, now: Date = new Date()): string | undefined {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get('articleDate');
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed.toLowerCase() === 'today') {
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : undefined;
}

/** `newsmark.articleBaseUrl` for a workspace folder or article: where its articles are published (validated where it is used). */
export function readArticleBaseUrl(scope?: vscode.ConfigurationScope): string {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get('articleBaseUrl');
  return typeof value === 'string' ? value.trim() : '';
}

/** The fact-checking organization written into the ClaimReview export (validated where it is used). */
export function readFactCheckOrganization(): { organization: string; organizationUrl: string } {
  const config = vscode.workspace.getConfiguration(SECTION);
  const text = (key: string): string => {
    const value = config.get(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { organization: text('factCheck.organization'), organizationUrl: text('factCheck.organizationUrl') };
}

/** `newsmark.dates.vague`: how the editor draws dates with no calendar anchor (show, dim, hide). */
export function readVagueDatesMode(): VagueDatesMode {
  return vagueDatesMode(vscode.workspace.getConfiguration(SECTION).get('dates.vague'));
}

export function highlightSettingKey(category: CategoryInfo): string {
  return `highlight.${category.setting}`;
}

/** Whether highlights (and hover cards) of a category are on. */
export function isCategoryEnabled(type: MentionType, scope?: vscode.ConfigurationScope): boolean {
  const category = CATEGORIES.find((c) => c.type === type);
  if (!category) return false;
  const value = vscode.workspace.getConfiguration(SECTION, scope).get(highlightSettingKey(category));
  return typeof value === 'boolean' ? value : category.defaultEnabled;
}

export function enabledCategories(scope?: vscode.ConfigurationScope): Set<MentionType> {
  return new Set(CATEGORIES.filter((c) => isCategoryEnabled(c.type, scope)).map((c) => c.type));
}

/**
 * Writes a category toggle to the user settings (a reading preference, kept out of the shared
 * repository), or to the workspace when the workspace already sets it and would otherwise win.
 */
export async function setCategoryEnabled(category: CategoryInfo, enabled: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const key = highlightSettingKey(category);
  const inspected = config.inspect<boolean>(key);
  const target =
    inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await config.update(key, enabled, target);
}

function stringArray(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : fallback;
}

function clampNumber(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, min), max) : fallback;
}
