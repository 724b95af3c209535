// Notifications go through here, so that every message is made safe (see safeText.ts) whatever
// it quotes: a file name, a value from an annotation file, a setting or an error from a file system.
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
