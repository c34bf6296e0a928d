// One hardening setting of one resource: what we want, what is there, and how to get there.
// Existing resources are read setting by setting; what differs is drift, changed only on request.

export type SettingStatus = 'created' | 'ok' | 'drift' | 'fixed';

export interface Inspection {
  /** True when the live value already satisfies the setting. */
  readonly ok: boolean;
  /** The live value, in words, for the drift report. */
  readonly found: string;
  /** Brings the live value to the desired one; merges with what is there, never removes or weakens. */
  fix(): Promise<void>;
}

export interface Setting {
  readonly resource: 'bucket' | 'lock-table';
  readonly name: string;
  /** The desired value, in words. */
  readonly expected: string;
  inspect(): Promise<Inspection>;
  /** On a resource this run created: applies the setting, or nothing when creation already did. */
  applyToNew(): Promise<void>;
}

export interface SettingResult {
  readonly resource: Setting['resource'];
  readonly setting: string;
  readonly expected: string;
  readonly found: string;
  readonly status: SettingStatus;
}

/** Applies every setting of a resource this run created, in order (some depend on earlier ones). */
export async function applyAll(settings: readonly Setting[]): Promise<SettingResult[]> {
  const results: SettingResult[] = [];
  for (const setting of settings) {
    await setting.applyToNew();
    results.push({
      resource: setting.resource,
      setting: setting.name,
      expected: setting.expected,
      found: 'none',
      status: 'created',
    });
  }
  return results;
}

/** Reads every setting at once (reruns are read-only and quick); returns the inspections in order. */
export async function inspectAll(settings: readonly Setting[]): Promise<Inspection[]> {
  return Promise.all(settings.map((setting) => setting.inspect()));
}

/** Fixes drifted settings one after another when asked; otherwise only reports them. */
export async function reconcile(
  settings: readonly Setting[],
  inspections: readonly Inspection[],
  fixDrift: boolean,
): Promise<SettingResult[]> {
  const results: SettingResult[] = [];
  for (const [index, setting] of settings.entries()) {
    const inspection = inspections[index];
    if (!inspection) throw new Error(`no inspection for ${setting.resource} ${setting.name}`);
    const base = {
      resource: setting.resource,
      setting: setting.name,
      expected: setting.expected,
      found: inspection.found,
    };
    if (inspection.ok) {
      results.push({ ...base, status: 'ok' });
    } else if (fixDrift) {
      await inspection.fix();
      results.push({ ...base, status: 'fixed' });
    } else {
      results.push({ ...base, status: 'drift' });
    }
  }
  return results;
}
