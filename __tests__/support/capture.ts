// Test helpers for the runner protocol: what an action prints, and the files the runner reads.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Captured {
  /** Everything written to stdout since capture started. */
  text(): string;
  /** Complete lines written so far. */
  lines(): string[];
  restore(): void;
}

/** Replaces process.stdout.write with a recorder until restore(). */
export function captureStdout(): Captured {
  const chunks: string[] = [];
  const original = process.stdout.write;
  process.stdout.write = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  return {
    text: () => chunks.join(''),
    lines: () => chunks.join('').split('\n').slice(0, -1),
    restore: () => {
      process.stdout.write = original;
    },
  };
}

/** A fresh empty file in a fresh directory, as the runner creates for GITHUB_OUTPUT and the others. */
export function tempFile(name: string): { path: string; read(): string; clear(): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ada-unit-'));
  const path = join(dir, name);
  writeFileSync(path, '');
  return {
    path,
    read: () => readFileSync(path, 'utf8'),
    clear: () => writeFileSync(path, ''),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Parses a file-command file the way the runner does: `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks. Returns the entries in order (a name may repeat).
 */
export function parseFileCommands(text: string): Array<[string, string]> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: Array<[string, string]> = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`no closing delimiter ${delimiter} for ${name}`);
      entries.push([name, lines.slice(i + 1, end).join('\n')]);
      i = end;
      continue;
    }
    const at = line.indexOf('=');
    if (at <= 0) throw new Error(`not a file command line: ${JSON.stringify(line)}`);
    entries.push([line.slice(0, at), line.slice(at + 1)]);
  }
  return entries;
}
