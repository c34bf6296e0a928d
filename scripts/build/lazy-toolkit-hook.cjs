// Preloaded (--require) into the ncc process by scripts/lib/bundle.mjs. When webpack reads a module
// of the Actions toolkit (node_modules/@actions/…), two things that every start would pay for are
// deferred until they are used; nothing on disk changes and every other file is read as it is.
// - Imports of `undici` point at lazy-undici.cjs, which loads undici on first use (a proxy agent).
// - @actions/core imports its OIDC client, and with it @actions/http-client, node:http, node:https,
//   node:tls and tunnel, at the top for getIDToken alone, which is async: the import moves into
//   getIDToken (a chunk of its own). If @actions/core's text changes, the build fails here.
'use strict';

const fs = require('node:fs');
const { join, sep } = require('node:path');

const SHIM = join(__dirname, 'lazy-undici.cjs');
const TOOLKIT = `${sep}node_modules${sep}@actions${sep}`;
// `from 'undici'`, `import('undici')` and `require("undici")`, either quote.
const UNDICI = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)(['"])undici\2/g;

const EDITS = {
  [join('@actions', 'core', 'lib', 'core.js')]: [
    ["import { OidcClient } from './oidc-utils.js';\n", ''],
    [
      'return yield OidcClient.getIDToken(aud);',
      "return yield (yield import('./oidc-utils.js')).OidcClient.getIDToken(aud);",
    ],
  ],
};

function edit(path, text) {
  const edits = Object.entries(EDITS).find(([file]) => path.endsWith(`${sep}node_modules${sep}${file}`))?.[1];
  let result = text;
  for (const [from, to] of edits ?? []) {
    if (!result.includes(from))
      throw new Error(`${path} no longer contains ${JSON.stringify(from)}: update ${__filename}`);
    result = result.replace(from, to);
  }
  return result.replace(UNDICI, (_match, head, quote) => `${head}${quote}${SHIM}${quote}`);
}

function substitute(path, content) {
  if (typeof path !== 'string' || !path.includes(TOOLKIT) || !/\.[cm]?js$/.test(path)) return content;
  const text = Buffer.isBuffer(content) ? content.toString('utf8') : content;
  const edited = edit(path, text);
  if (edited === text) return content;
  return Buffer.isBuffer(content) ? Buffer.from(edited, 'utf8') : edited;
}

const readFile = fs.readFile;
fs.readFile = function lazyToolkitReadFile(path, ...rest) {
  const callback = rest.pop();
  return readFile.call(fs, path, ...rest, (error, content) => {
    if (error) return callback(error, content);
    let edited;
    try {
      edited = substitute(path, content);
    } catch (problem) {
      return callback(problem);
    }
    return callback(null, edited);
  });
};
const readFileSync = fs.readFileSync;
fs.readFileSync = function lazyToolkitReadFileSync(path, ...rest) {
  return substitute(path, readFileSync.call(fs, path, ...rest));
};
