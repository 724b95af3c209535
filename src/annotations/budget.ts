/**
 * A work allowance for re-anchoring, so that no annotation file — however large or hostile — can
 * hold the extension host for long. Work is counted in units of about one bit-parallel step of
 * the edit distance (32 cells of its table) or 32 characters scanned for a verbatim match; an
 * optional deadline (an injectable clock) limits wall time as well.
 */

export interface AnchorBudget {
  /** Takes `units` from the allowance; false, taking nothing, when that much is not left or time is up. */
  take(units: number): boolean;
  /** Whether the allowance is used up: no further target should be started. */
  readonly exhausted: boolean;
}

export interface WorkBudgetOptions {
  /** Units allowed in all (default: unlimited). */
  units?: number;
  /** Wall time allowed, measured with `now` (default: unlimited). */
  milliseconds?: number;
  /** Milliseconds from any origin; defaults to `performance.now`. */
  now?: () => number;
}

export class WorkBudget implements AnchorBudget {
  /** Units taken so far. */
  spent = 0;
  /** Units asked for but refused. */
  refused = 0;
  private readonly units: number;
  private readonly deadline: number;
  private readonly now: () => number;

  constructor(options: WorkBudgetOptions = {}) {
    this.units = options.units ?? Number.POSITIVE_INFINITY;
    this.now = options.now ?? (() => performance.now());
    this.deadline = options.milliseconds === undefined ? Number.POSITIVE_INFINITY : this.now() + options.milliseconds;
  }

  take(units: number): boolean {
    if (this.spent + units > this.units || (this.deadline !== Number.POSITIVE_INFINITY && this.now() > this.deadline)) {
      this.refused += units;
      return false;
    }
    this.spent += units;
    return true;
  }

  get exhausted(): boolean {
    return this.spent >= this.units || (this.deadline !== Number.POSITIVE_INFINITY && this.now() > this.deadline);
  }
}

/** No limit beyond the per-target caps of anchor.ts. */
export const UNLIMITED: AnchorBudget = Object.freeze({ take: () => true, exhausted: false });
