import { afterEach, describe, expect, it } from '@jest/globals';
import { Summary, code, escapeText, raw } from '../../../../shared/action/summary.js';
import { tempFile } from '../../../support/capture.js';

const savedSummaryFile = process.env['GITHUB_STEP_SUMMARY'];

afterEach(() => {
  if (savedSummaryFile === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
  else process.env['GITHUB_STEP_SUMMARY'] = savedSummaryFile;
});

describe('escapeText', () => {
  it('escapes HTML so values cannot inject tags', () => {
    expect(escapeText('<img src=x onerror=alert(1)> & co')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; co',
    );
  });

  it('escapes Markdown punctuation', () => {
    expect(escapeText('a_b *c* [l](u) `x` #1 \\ |')).toBe('a\\_b \\*c\\* \\[l\\](u) \\`x\\` \\#1 \\\\ \\|');
  });

  it('turns line breaks into spaces', () => {
    expect(escapeText('one\ntwo\r\nthree')).toBe('one two three');
  });
});

describe('code', () => {
  it('wraps plain text in single backticks, without escaping inside', () => {
    expect(code('arn:aws:ecs:us-east-1:1:task-definition/web:7')).toBe(
      '`arn:aws:ecs:us-east-1:1:task-definition/web:7`',
    );
    expect(code('a_b <c>')).toBe('`a_b <c>`');
  });

  it('uses a fence longer than any run of backticks inside', () => {
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('x ``` y')).toBe('````x ``` y````');
  });

  it('pads with spaces when the text starts or ends with a backtick', () => {
    expect(code('`start')).toBe('`` `start ``');
    expect(code('end`')).toBe('`` end` ``');
  });

  it('keeps a table intact: pipes escaped, line breaks as spaces', () => {
    expect(code('a|b\nc')).toBe('`a\\|b c`');
  });
});

describe('Summary', () => {
  it('is empty until something is added', () => {
    const summary = new Summary();
    expect(summary.isEmpty()).toBe(true);
    expect(summary.toMarkdown()).toBe('');
    summary.paragraph('x');
    expect(summary.isEmpty()).toBe(false);
  });

  it('writes headings, status lines, paragraphs and lists, escaping text and keeping raw()', () => {
    const markdown = new Summary()
      .heading('deploy-ecs <prod>')
      .status('success', 'Service web is stable')
      .status('failure', raw('Rolled back to `web:6`'))
      .paragraph('1 * 2 = 2')
      .list(['a|b', raw(code('c'))])
      .heading('Details', 3)
      .toMarkdown();
    expect(markdown).toBe(
      [
        '## deploy-ecs &lt;prod&gt;\n',
        '✅ Service web is stable\n',
        '❌ Rolled back to `web:6`\n',
        '1 \\* 2 = 2\n',
        '- a\\|b\n- `c`\n',
      ].join('\n'),
    );
  });

  it.each([
    ['success', '✅'],
    ['failure', '❌'],
    ['warning', '⚠️'],
    ['skipped', '⏭️'],
    ['info', 'ℹ️'],
  ] as const)('status %s starts with %s', (status, icon) => {
    expect(new Summary().status(status, 'x').toMarkdown()).toBe(`${icon} x\n`);
  });

  it('builds tables whose cells cannot break the table', () => {
    const markdown = new Summary()
      .table(
        ['Container', 'Image'],
        [
          ['web', 'repo:1|2'],
          ['multi\nline', raw(code('a|b'))],
        ],
      )
      .toMarkdown();
    expect(markdown).toBe(
      ['| Container | Image |', '| --- | --- |', '| web | repo:1\\|2 |', '| multi line | `a\\|b` |', ''].join(
        '\n',
      ),
    );
    expect(
      markdown
        .split('\n')
        .filter((line) => line !== '')
        .every((line) => /^\|.*\|$/.test(line)),
    ).toBe(true);
  });

  it('leaves out a table without rows and an empty list', () => {
    expect(new Summary().table(['a'], []).list([]).isEmpty()).toBe(true);
  });

  it('builds details blocks from an inner summary, label escaped as HTML', () => {
    const markdown = new Summary()
      .details('Events of task_def <web>', (inner) => inner.list(['stopped: OOM']))
      .toMarkdown();
    expect(markdown).toBe(
      '<details><summary>Events of task_def &lt;web&gt;</summary>\n\n- stopped: OOM\n\n</details>\n',
    );
  });

  it('leaves out a details block with nothing inside', () => {
    expect(new Summary().details('Nothing', () => undefined).isEmpty()).toBe(true);
  });

  it('fences code blocks past any fence inside', () => {
    expect(new Summary().codeBlock('log\n').toMarkdown()).toBe('```text\nlog\n```\n');
    expect(new Summary().codeBlock('a\n````\nb', 'yaml').toMarkdown()).toBe('`````yaml\na\n````\nb\n`````\n');
  });

  it('leaves out a heading with nothing under it, and rows with nothing past their first cell', () => {
    const markdown = new Summary()
      .heading('Release')
      .heading('Stack', 3)
      .heading('Lambda', 3)
      .table(
        ['', 'before', 'after'],
        [
          ['image', 'a', 'b'],
          ['alias live', '', raw('')],
        ],
      )
      .heading('Empty', 3)
      .heading('Next')
      .paragraph('text')
      .heading('Trailing', 3)
      .toMarkdown();
    expect(markdown).toBe(
      [
        '## Release\n',
        '### Lambda\n',
        '|  | before | after |\n| --- | --- | --- |\n| image | a | b |\n',
        '## Next\n',
        'text\n',
      ].join('\n'),
    );
  });

  it('tells the run wrapper whether a failure is already in the summary', () => {
    expect(new Summary().status('success', 'ok').reportsFailure()).toBe(false);
    expect(new Summary().append(new Summary().status('failure', 'no')).reportsFailure()).toBe(true);
  });

  it('appends another summary', () => {
    const inner = new Summary().paragraph('inner');
    expect(new Summary().paragraph('outer').append(inner).toMarkdown()).toBe('outer\n\ninner\n');
  });

  it('write() appends to GITHUB_STEP_SUMMARY and then holds only what is new', async () => {
    const file = tempFile('summary.md');
    try {
      process.env['GITHUB_STEP_SUMMARY'] = file.path;
      const summary = new Summary().heading('first').paragraph('one');
      await summary.write();
      expect(file.read()).toBe('## first\n\none\n\n');
      expect(summary.isEmpty()).toBe(true);
      await summary.write();
      expect(file.read()).toBe('## first\n\none\n\n');
      summary.status('success', 'second');
      await summary.write();
      expect(file.read()).toBe('## first\n\none\n\n✅ second\n\n');
    } finally {
      file.remove();
    }
  });
});
