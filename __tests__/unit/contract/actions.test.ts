// One check across every action: metadata, runtime, bundle path, ids, the inputs spec of the
// code against action.yml (ids, defaults, required), outputs, and the generated README tables.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
// @ts-expect-error plain ESM helper without types
import { entries } from '../../../scripts/lib/actions.mjs';
// @ts-expect-error plain ESM helper without types
import { renderReadme } from '../../../scripts/lib/docs.mjs';
import type { InputSpec } from '../../../shared/action/inputs.js';

interface Entry {
  name: string;
  dir: string;
  source: string;
  bundle: string;
  metadata: string;
}
interface Metadata {
  name?: string;
  description?: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  runs?: { using?: string; main?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** The colours GitHub Marketplace accepts for `branding.color`. */
const MARKETPLACE_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
];
const actions = (entries as () => Entry[])();

function metadataOf(entry: Entry): Metadata {
  return parse(readFileSync(entry.metadata, 'utf8')) as Metadata;
}

describe('every action', () => {
  it('exists', () => {
    expect(actions.length).toBeGreaterThan(0);
  });

  describe.each(actions.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const metadata = metadataOf(entry);
    const srcDir = join(entry.source, '..');

    it('has a name, a description and a described input and output for every id', () => {
      expect(metadata.name).toEqual(expect.any(String));
      expect(metadata.description).toEqual(expect.any(String));
      for (const [id, input] of Object.entries(metadata.inputs ?? {})) {
        expect([id, input.description]).toEqual([id, expect.any(String)]);
        if (input.default !== undefined) expect([id, typeof input.default]).toEqual([id, 'string']);
      }
      for (const [id, output] of Object.entries(metadata.outputs ?? {}))
        expect([id, output.description]).toEqual([id, expect.any(String)]);
    });

    it('has Marketplace metadata: a name, a description of at most 125 characters, an author and branding', () => {
      expect(metadata.name?.trim()).toBeTruthy();
      expect(metadata.description?.length).toBeLessThanOrEqual(125);
      expect(metadata.author?.trim()).toBeTruthy();
      expect(metadata.branding?.icon).toMatch(KEBAB);
      expect(MARKETPLACE_COLORS).toContain(metadata.branding?.color);
    });

    it('runs on node24 from its own bundle, which exists', () => {
      expect(metadata.runs?.using).toBe('node24');
      const main = resolve(entry.dir, metadata.runs?.main ?? '');
      expect(main).toBe(resolve(entry.bundle));
      expect(existsSync(main)).toBe(true);
    });

    it('uses kebab-case input and output ids', () => {
      for (const id of [...Object.keys(metadata.inputs ?? {}), ...Object.keys(metadata.outputs ?? {})])
        expect([id, KEBAB.test(id)]).toEqual([id, true]);
    });

    it('reads exactly the inputs it declares, with the same defaults', async () => {
      const module = (await import(pathToFileURL(resolve(srcDir, 'inputs.ts')).href)) as {
        inputs: Record<string, InputSpec<unknown>>;
        outputs: readonly string[];
      };
      const declared = metadata.inputs ?? {};
      expect(Object.keys(module.inputs).sort()).toEqual(Object.keys(declared).sort());
      for (const [id, spec] of Object.entries(module.inputs)) {
        expect([id, spec.default]).toEqual([id, declared[id]?.default]);
        expect([id, spec.required]).toEqual([id, declared[id]?.required ?? false]);
      }
      const main = readFileSync(join(srcDir, 'main.ts'), 'utf8');
      expect(main).toMatch(/readInputs\(inputs\b/);
    });

    it('writes exactly the outputs it declares', async () => {
      const module = (await import(pathToFileURL(resolve(srcDir, 'inputs.ts')).href)) as {
        outputs: readonly string[];
      };
      expect([...module.outputs].sort()).toEqual(Object.keys(metadata.outputs ?? {}).sort());
    });

    it('has an entry point that only runs main', () => {
      const index = readFileSync(entry.source, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.trim().startsWith('//'));
      expect(index.filter((line) => !line.startsWith('import '))).toEqual([
        expect.stringMatching(/^await run\('[a-z0-9-]+', main\);$/),
      ]);
    });

    it('documents exactly its inputs and outputs in its README (npm run docs)', () => {
      const readme = readFileSync(join(entry.dir, 'README.md'), 'utf8');
      const rendered = (renderReadme as (r: string, m: Metadata) => { text?: string; error?: string })(
        readme,
        metadata,
      );
      expect(rendered.error).toBeUndefined();
      expect(rendered.text).toBe(readme);
    });
  });
});
