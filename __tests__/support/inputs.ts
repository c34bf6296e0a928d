// Action inputs as the GitHub runner passes them: one environment variable per input.
// The rule is @actions/core's getInput (node_modules/@actions/core/lib/core.js):
// `INPUT_${name.replace(/ /g, '_').toUpperCase()}` — every space becomes '_', then the whole name
// is upper-cased; hyphens and every other character are kept ('wait-timeout' → INPUT_WAIT-TIMEOUT,
// 'my input' → INPUT_MY_INPUT).

export type InputEnv = Record<string, string | undefined>;

/** The variable the runner sets for input `name`, and the one getInput reads. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Sets `values` (keyed by input id, as in a step's `with:`) in `env` the way the runner does, after
 * removing every `INPUT_` variable already there so no earlier test's input leaks in. `env` is
 * `process.env` unless given; pass `{}` for an env of inputs only. Returns `env`.
 */
export function setInputs(values: Readonly<Record<string, string>>, env: InputEnv = process.env): InputEnv {
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
  for (const [name, value] of Object.entries(values)) env[inputVariable(name)] = value;
  return env;
}
