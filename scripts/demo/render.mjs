// Job summaries (GitHub Markdown) made readable in a terminal.
const tty = process.stdout.isTTY;
const bold = (text) => (tty ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text) => (tty ? `\x1b[2m${text}\x1b[0m` : text);

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function renderSummary(markdown) {
  return markdown
    .replace(/<details><summary>(.*?)<\/summary>/g, (_, label) => `▸ ${label}`)
    .replace(/<\/details>/g, '')
    .replace(/^```mermaid[\s\S]*?^```$/gm, dim('(latency chart: rendered by GitHub)'))
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\\([\\`*_[\]|#])/g, '$1')
    .split('\n')
    .map((line) => (/^#{1,4} /.test(line) ? bold(line.replace(/^#+ /, '')) : line))
    .filter((line, i, lines) => line.trim() !== '' || (lines[i - 1] ?? '').trim() !== '')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Log lines worth showing: no workflow commands (masks, debug), groups as headings. */
export function logLine(line) {
  if (line.startsWith('::group::')) return dim(`  │ ${line.slice(9)}`);
  if (/^::(add-mask|debug|endgroup|set-output|save-state)/.test(line)) return undefined;
  if (line.startsWith('::error')) return `  │ ${bold('error:')} ${line.replace(/^::error[^:]*::/, '')}`;
  if (line.startsWith('::warning')) return `  │ warning: ${line.replace(/^::warning[^:]*::/, '')}`;
  if (line.startsWith('::notice')) return `  │ notice: ${line.replace(/^::notice[^:]*::/, '')}`;
  return dim(`  │ ${line}`);
}

export { bold, dim };
