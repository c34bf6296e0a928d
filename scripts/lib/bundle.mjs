// ncc builds as scripts/build.mjs makes them, for the build and for the tests of the bundling:
// the Actions toolkit's imports of undici point at a lazy stand-in (scripts/build/), and undici
// itself is bundled on its own, beside the chunks, loaded the first time one of its exports is used.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How the lazy stand-in requires undici's own bundle; an external of every build that uses it. */
export const LAZY_UNDICI = './undici.cjs';

/** One ncc build (ESM out, minified, es2022), run from the repository's root. */
export function ncc(entry, out, extra = []) {
  execFileSync(
    process.execPath,
    [
      '--require',
      join(ROOT, 'scripts', 'build', 'lazy-toolkit-hook.cjs'),
      join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      entry,
      '--out',
      out,
      '--minify',
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
      '--quiet',
      // every module read afresh, through the hook: a cached module could still import undici eagerly
      '--no-cache',
      ...extra,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/** Bundles `entry` into `out` with undici beside it (out/undici.cjs, its licence appended). */
export function bundleWithLazyUndici(entry, out, extra = []) {
  ncc(entry, out, [...extra, '--external', LAZY_UNDICI]);
  const undiciOut = mkdtempSync(join(tmpdir(), 'ncc-undici-'));
  try {
    ncc(join(ROOT, 'node_modules', 'undici', 'index.js'), undiciOut);
    copyFileSync(join(undiciOut, 'index.js'), join(out, LAZY_UNDICI));
    appendFileSync(join(out, 'licenses.txt'), readFileSync(join(undiciOut, 'licenses.txt'), 'utf8'));
  } finally {
    rmSync(undiciOut, { recursive: true, force: true });
  }
}

/**
 * ncc minifies the entry file only: its chunks (`<id>.index.js`, ES modules) and undici's bundle
 * (CommonJS) are minified here. Names of classes and functions are kept (errors are reported by
 * name). Deterministic, so check-dist can compare a rebuild with what is committed.
 */
export async function minifyChunks(out) {
  const { minify } = await import('terser');
  for (const name of readdirSync(out)) {
    const module = name.endsWith('.index.js');
    if (!module && name !== LAZY_UNDICI.slice(2)) continue;
    const path = join(out, name);
    const result = await minify(readFileSync(path, 'utf8'), {
      module,
      ecma: 2022,
      compress: true,
      mangle: true,
      keep_classnames: true,
      keep_fnames: true,
      format: { comments: false },
    });
    if (result.code === undefined) throw new Error(`terser returned nothing for ${path}`);
    writeFileSync(path, result.code);
  }
}
