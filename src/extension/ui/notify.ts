// Notifications go through here, so that every message is made safe (see safeText.ts) whatever
// it quotes: a file name, a value from an annotation file, a setting or an error from a file system.
// Callers pass the message already translated (`vscode.l10n.t('… {0} …', value)`): the whole
// message, values and translated text alike, is made safe here.
import * as vscode from 'vscode';
import { safeText } from './safeText';

export function showInformation(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showInformationMessage(safeText(message), ...actions);
}

export function showWarning(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showWarningMessage(safeText(message), ...actions);
}

export function showError(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showErrorMessage(safeText(message), ...actions);
}

/** A modal question with one action; resolves true only when the user picked it. */
export async function confirm(options: { message: string; detail: string; action: string }): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(safeText(options.message), { modal: true, detail: safeText(options.detail) }, options.action);
  return choice === options.action;
}

/** What an error says, for a message: its `message`, or the thrown value as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
