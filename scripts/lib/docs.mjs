// The inputs/outputs tables of an action's README, generated from its action.yml so the two
// cannot drift. They live between `<!-- inputs -->`/`<!-- /inputs -->` (and outputs) markers.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const cell = (text) =>
  String(text ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

export function readMetadata(path) {
  return parse(readFileSync(path, 'utf8'));
}

export function inputsTable(metadata) {
  const rows = Object.entries(metadata.inputs ?? {}).map(
    ([id, input]) =>
      `| \`${id}\` | ${input.required ? 'yes' : 'no'} | ${input.default === undefined ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`,
  );
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(metadata) {
  const rows = Object.entries(metadata.outputs ?? {}).map(
    ([id, output]) => `| \`${id}\` | ${cell(output.description)} |`,
  );
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBetween(text, marker, body) {
  const pattern = new RegExp(`<!-- ${marker} -->[\\s\\S]*?<!-- /${marker} -->`);
  if (!pattern.test(text)) return undefined;
  return text.replace(pattern, () => `<!-- ${marker} -->\n${body}\n<!-- /${marker} -->`);
}

/** The README with fresh tables, or an error naming the missing marker. */
export function renderReadme(readme, metadata) {
  let text = readme;
  for (const [marker, table] of [
    ['inputs', inputsTable(metadata)],
    ['outputs', outputsTable(metadata)],
  ]) {
    const next = replaceBetween(text, marker, table);
    if (next === undefined) return { error: `no <!-- ${marker} --> … <!-- /${marker} --> block` };
    text = next;
  }
  return { text };
}
