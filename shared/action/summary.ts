// Job summary builder: GitHub-flavoured Markdown that also reads well in a terminal.
// Every piece of text is escaped, so values from AWS or users cannot inject HTML or break a table.
import { appendSummary } from './runtime.js';
import { redact } from './secrets.js';

export type Status = 'success' | 'failure' | 'warning' | 'skipped' | 'info';

const STATUS_ICON: Record<Status, string> = {
  success: '✅',
  failure: '❌',
  warning: '⚠️',
  skipped: '⏭️',
  info: 'ℹ️',
};

export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Inline code; the fence grows past any run of backticks inside. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const inner = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  return `${fence}${inner.startsWith('`') || inner.endsWith('`') ? ` ${inner} ` : inner}${fence}`;
}

/** A cell or line: plain strings are escaped; `raw()` marks Markdown already made safe. */
export type Text = string | { readonly markdown: string };

export function raw(markdown: string): Text {
  return { markdown };
}

function render(text: Text): string {
  return typeof text === 'string' ? escapeText(text) : text.markdown;
}

/** Inside an HTML block Markdown is not interpreted, so backslash escapes would show: escape HTML only. */
function renderInHtml(text: Text): string {
  if (typeof text !== 'string') return text.markdown;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

function isBlank(text: Text): boolean {
  return (typeof text === 'string' ? text : text.markdown).trim() === '';
}

/** The level of a heading part, 0 for any other part. */
function headingLevel(part: string): number {
  return /^(#{2,4}) /.exec(part)?.[1]?.length ?? 0;
}

export class Summary {
  private readonly parts: string[] = [];
  private failureReported = false;

  heading(text: Text, level: 2 | 3 | 4 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${render(text)}\n`);
    return this;
  }

  status(status: Status, text: Text): this {
    if (status === 'failure') this.failureReported = true;
    this.parts.push(`${STATUS_ICON[status]} ${render(text)}\n`);
    return this;
  }

  /** Whether a failure is already told (so the run wrapper does not tell it a second time). */
  reportsFailure(): boolean {
    return this.failureReported;
  }

  paragraph(text: Text): this {
    this.parts.push(`${render(text)}\n`);
    return this;
  }

  list(items: Text[]): this {
    if (items.length) this.parts.push(items.map((item) => `- ${render(item)}`).join('\n') + '\n');
    return this;
  }

  /** Rows with nothing past their first cell are left out; no rows, no table. */
  table(header: Text[], rows: Text[][]): this {
    rows = rows.filter((row) => row.slice(1).some((cell) => !isBlank(cell)));
    if (!rows.length) return this;
    const line = (cells: Text[]): string => `| ${cells.map(render).join(' | ')} |`;
    this.parts.push(
      [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n',
    );
    return this;
  }

  /** Fenced block of literal text (logs, diffs); nothing inside is interpreted. */
  codeBlock(text: string, language = 'text'): this {
    const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    this.parts.push(`${fence}${language}\n${text.replace(/\s+$/, '')}\n${fence}\n`);
    return this;
  }

  details(label: Text, body: (inner: Summary) => void): this {
    const inner = new Summary();
    body(inner);
    if (!inner.isEmpty())
      this.parts.push(
        `<details><summary>${renderInHtml(label)}</summary>\n\n${inner.toMarkdown()}\n</details>\n`,
      );
    return this;
  }

  append(other: Summary): this {
    this.parts.push(...other.parts);
    this.failureReported ||= other.failureReported;
    return this;
  }

  isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** The Markdown, without headings that nothing follows before the next heading of their rank. */
  toMarkdown(): string {
    const kept = this.parts.filter((part, index) => {
      const level = headingLevel(part);
      if (level === 0) return true;
      const next = this.parts.slice(index + 1).find((later) => {
        const laterLevel = headingLevel(later);
        return laterLevel === 0 || laterLevel <= level;
      });
      return next !== undefined && headingLevel(next) === 0;
    });
    return kept.join('\n');
  }

  /** Appends to the job summary file; the builder is emptied so a second write adds only what is new. */
  async write(): Promise<void> {
    if (this.isEmpty()) return;
    // a masked value (a credential a server reflected, say) never reaches the summary
    const markdown = redact(this.toMarkdown()) + '\n';
    this.parts.length = 0;
    await appendSummary(markdown);
  }
}
