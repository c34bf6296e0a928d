// Preloaded (--require) into the ncc process by scripts/build.mjs: when webpack reads a module of
// the Actions toolkit (node_modules/@actions/…), its imports of `undici` are pointed at
// lazy-undici.cjs, which evaluates undici on first use only. Nothing on disk changes; every other
// file is read as it is.
'use strict';

const fs = require('node:fs');
const { join, sep } = require('node:path');

const SHIM = join(__dirname, 'lazy-undici.cjs');
const TOOLKIT = `${sep}node_modules${sep}@actions${sep}`;
// `from 'undici'`, `import('undici')` and `require("undici")`, either quote.
const UNDICI = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)(['"])undici\2/g;

function substitute(path, content) {
  if (typeof path !== 'string' || !path.includes(TOOLKIT) || !/\.[cm]?js$/.test(path)) return content;
  const text = Buffer.isBuffer(content) ? content.toString('utf8') : content;
  if (!text.includes('undici')) return content;
  const replaced = text.replace(UNDICI, (_match, head, quote) => `${head}${quote}${SHIM}${quote}`);
  if (replaced === text) return content;
  return Buffer.isBuffer(content) ? Buffer.from(replaced, 'utf8') : replaced;
}

const readFile = fs.readFile;
fs.readFile = function lazyUndiciReadFile(path, ...rest) {
  const callback = rest.pop();
  return readFile.call(fs, path, ...rest, (error, content) =>
    callback(error, error ? content : substitute(path, content)),
  );
};
const readFileSync = fs.readFileSync;
fs.readFileSync = function lazyUndiciReadFileSync(path, ...rest) {
  return substitute(path, readFileSync.call(fs, path, ...rest));
};
