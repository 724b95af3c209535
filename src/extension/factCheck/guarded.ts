// A command body that reports its failure instead of throwing into the workbench: a
// FactCheckNotice (why the command cannot run) as information or a warning, anything else as an
// error. Shared by the fact-check and quote-source commands.
import * as vscode from 'vscode';
import { errorText, showError, showInformation, showWarning } from '../ui/notify';
import { FactCheckNotice } from './articleState';

export function guarded<A extends unknown[]>(run: (...args: A) => Promise<unknown>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      if (error instanceof FactCheckNotice) {
        const show = error.severity === 'info' ? showInformation : showWarning;
        void show(vscode.l10n.t('Newsmark: {0}', error.message));
      } else {
        void showError(vscode.l10n.t('Newsmark: {0}', errorText(error)));
      }
    }
  };
}
