// What every deploy target adapter offers. A deploy action is snapshot → apply → follow → record;
// auto-rollback is decode record → restore → follow; the root action composes both in one process.
import type { Clock, Sleep } from '../wait/poll.js';
import type { Summary } from '../action/summary.js';
import type { DeploymentRecord, RecordStatus } from '../record/record.js';

export interface FollowOptions {
  timeoutMs: number;
  /** Cap of the backoff between polls. */
  maxPollIntervalMs: number;
  signal?: AbortSignal;
  clock?: Clock;
  sleep?: Sleep;
  random?: () => number;
  /** One line per change of state. */
  onProgress?: (line: string) => void;
}

export interface FollowResult {
  /** Same words as the record's status. */
  status: Extract<RecordStatus, 'succeeded' | 'failed' | 'timed-out' | 'cancelled'>;
  /** Why it failed, in words, with the state reached. */
  reason?: string;
  /** Last state seen, for the summary and the record. */
  state: string;
  elapsedMs: number;
  polls: number;
  /** Explanation gathered on failure: events, stopped tasks, pod states, log tails. */
  diagnostics?: (summary: Summary) => void;
}

export interface RestoreOptions extends FollowOptions {
  /** Restore even when the live state is no longer the record's `current`. */
  force: boolean;
  wait: boolean;
  /**
   * The record was built in this process from the live state (a rollback without a record), so
   * there is no breadcrumb to check. Never set for a record that came from an input.
   */
  trustLiveState?: boolean;
}

export interface RestoreResult {
  /** False when the live state already was the previous one (idempotent rerun). */
  changed: boolean;
  from: string;
  to: string;
  follow?: FollowResult;
  /** Set when the restore was refused, e.g. someone deployed since. */
  refused?: string;
}

/** The rollback half of a target adapter, dispatched on record.target by auto-rollback. */
export interface RollbackAdapter<R extends DeploymentRecord = DeploymentRecord> {
  restore(record: R, options: RestoreOptions): Promise<RestoreResult>;
}
