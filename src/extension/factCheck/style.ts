// How each fact-check status looks: theme colour (contributes.colors), codicon, gutter icon.
import * as vscode from 'vscode';
import type { FactCheckStatus } from '../../annotations/index';

const COLOR_IDS: Readonly<Record<FactCheckStatus, string>> = {
  verified: 'newsmark.factCheckVerified',
  disputed: 'newsmark.factCheckDisputed',
  false: 'newsmark.factCheckFalse',
  misleading: 'newsmark.factCheckMisleading',
  'needs-source': 'newsmark.factCheckNeedsSource',
  unverified: 'newsmark.factCheckUnverified',
};

const CODICONS: Readonly<Record<FactCheckStatus, string>> = {
  verified: 'pass',
  disputed: 'comment-discussion',
  false: 'error',
  misleading: 'warning',
  'needs-source': 'question',
  unverified: 'circle-large-outline',
};

export function statusColor(status: FactCheckStatus): vscode.ThemeColor {
  return new vscode.ThemeColor(COLOR_IDS[status]);
}

/** The status as a coloured codicon, for the tree and quick picks. */
export function statusIcon(status: FactCheckStatus): vscode.ThemeIcon {
  return new vscode.ThemeIcon(CODICONS[status], statusColor(status));
}

export function statusGutterIcon(extensionUri: vscode.Uri, status: FactCheckStatus): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', `status-${status}.svg`);
}

export const ORPHAN_ICON = 'debug-disconnect';
