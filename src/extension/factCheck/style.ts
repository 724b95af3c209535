// How each fact-check status looks: its name in the display language, theme colour
// (contributes.colors), codicon, gutter icon.
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

/** The status's name in the display language ("Verified", "Needs source"). */
export function statusLabel(status: FactCheckStatus): string {
  switch (status) {
    case 'verified':
      return vscode.l10n.t('Verified');
    case 'disputed':
      return vscode.l10n.t('Disputed');
    case 'false':
      return vscode.l10n.t('False');
    case 'misleading':
      return vscode.l10n.t('Misleading');
    case 'needs-source':
      return vscode.l10n.t('Needs source');
    case 'unverified':
      return vscode.l10n.t('Unverified');
  }
}

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
