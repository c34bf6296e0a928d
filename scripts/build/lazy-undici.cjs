// Stands in for `undici` in the bundles (scripts/build/lazy-toolkit-hook.cjs points the Actions
// toolkit's imports of undici here): @actions/http-client imports undici at the top only to build a
// ProxyAgent when a request goes through a proxy, and undici is a megabyte of code to read and
// evaluate at every start. Here it is loaded on the first use of any of its exports, from its own
// bundle beside the suite's chunks (dist/suite/undici.cjs, built by scripts/lib/bundle.mjs; the name is
// an external of the suite build, so Node requires it at that moment). Proxy support works as
// before; a run that makes no toolkit HTTP request never pays for it. (The approach of
// actions/toolkit#1697 and PR #1800.)
'use strict';

let undici;
const load = () => (undici ??= require('./undici.cjs'));

module.exports = new Proxy(
  {},
  {
    // undici's own exports carry no __esModule flag; answering without loading keeps interop lazy.
    get: (_target, name) => (name === '__esModule' ? undefined : load()[name]),
    has: (_target, name) => name in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, name) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), name);
      return descriptor && { ...descriptor, configurable: true };
    },
  },
);
