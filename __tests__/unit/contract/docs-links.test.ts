// Every relative link of the Markdown docs points at a file of the repository (the README's links
// into sandbox/ once went one folder too high), and no doc names a file outside it.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  'sandbox/README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
  ...readdirSync('actions').map((name) => join('actions', name, 'README.md')),
];

/** Relative link targets outside code blocks and inline code, without their #fragment. */
function relativeLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/^\s*```[\s\S]*?^\s*```/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^([a-z]+:|#)/i.test(target))
    .map((target) => target.replace(/#.*$/, ''));
}

describe('links of the docs', () => {
  it.each(DOCS.map((file) => [file] as const))(
    '%s links only to files that exist in the repository',
    (file) => {
      const broken = relativeLinks(file).filter((target) => {
        const path = normalize(join(dirname(file), target));
        return path.startsWith('..') || !existsSync(path);
      });
      expect(broken).toEqual([]);
    },
  );
});
