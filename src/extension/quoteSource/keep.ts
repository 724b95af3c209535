// Keeping a quote's check against its source as the quote's fact check: the status follows the
// result (Verbatim → Verified, Altered → Misleading or Disputed as the user picks, Not found →
// Needs source), the note says what was found, and the matched passage is stored as a source
// passage (W3C SpecificResource with quote and position selectors into the source file).
import * as vscode from 'vscode';
import { MAX_PASSAGES, STATUS_LABELS, targetFor, type FactCheck, type FactCheckStatus, type SourcePassage } from '../../annotations/index';
import type { FactCheckService } from '../factCheck/service';
import { statusIcon } from '../factCheck/style';
import { describeCheck, type QuoteCheck } from './resultView';

export type AlteredStatus = Extract<FactCheckStatus, 'misleading' | 'disputed'>;

/** Asks whether altered quotes are Misleading or Disputed; undefined when the user cancels. */
export async function pickAlteredStatus(count = 1): Promise<AlteredStatus | undefined> {
  const statuses: AlteredStatus[] = ['misleading', 'disputed'];
  const picked = await vscode.window.showQuickPick(
    statuses.map((status) => ({ label: STATUS_LABELS[status], iconPath: statusIcon(status), status })),
    { title: count === 1 ? vscode.l10n.t('The quote differs from its source: status') : vscode.l10n.t('{0} quotes differ from their source: status', count) },
  );
  return picked?.status;
}

export function statusFor(check: QuoteCheck, altered: AlteredStatus): FactCheckStatus {
  return check.match.kind === 'verbatim' ? 'verified' : check.match.kind === 'altered' ? altered : 'needs-source';
}

/** The source passage of a check; none when the quote was not found. */
export function passageOf(check: QuoteCheck): SourcePassage | undefined {
  if (check.match.kind === 'notFound') return undefined;
  return targetFor(check.sourceText, check.match.start, check.match.end, check.sourcePath);
}

/**
 * Writes the check as the fact check of its quote: a new one, or the one already on exactly that
 * span (its status and note replaced, the passage from the same file replaced). Throws with a
 * user-facing message when the article changed since the check.
 */
export async function keepCheck(service: FactCheckService, document: vscode.TextDocument, check: QuoteCheck, altered: AlteredStatus): Promise<FactCheck> {
  const now = document.getText(new vscode.Range(document.positionAt(check.start), document.positionAt(check.end)));
  if (now !== check.quote) throw new Error(vscode.l10n.t('The quote changed since it was checked: check it again.'));
  const status = statusFor(check, altered);
  const note = describeCheck(check);
  const passage = passageOf(check);
  const existing = service.entryFor(document, check.start, check.end);
  if (!existing) return service.add(document, check.start, check.end, 'quote', status, note, { passages: passage ? [passage] : [] });
  const kept = (existing.check.passages ?? []).filter((p) => p.source !== check.sourcePath);
  const passages = passage ? [...kept, passage].slice(-MAX_PASSAGES) : kept;
  return service.update(document, existing.check.id, { status, note, passages });
}
