// POSIX shell quoting for the scripts deploy-ec2 sends. Every value is validated before it gets
// here; quoting is the second wall: a single-quoted word cannot expand, split or end the command.

/** One shell word: `'…'`, with each `'` written as `'\''`. */
export function shellQuote(value: string): string {
  if (value.includes('\u0000')) throw new Error('a shell word cannot hold a NUL character');
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A bash array literal: `( 'a' 'b' )`. */
export function shellArray(values: readonly string[]): string {
  return `(${values.map(shellQuote).join(' ')})`;
}

/** `NAME=<quoted value>` assignment lines. */
export function assignments(values: Record<string, string | readonly string[]>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${typeof value === 'string' ? shellQuote(value) : shellArray(value)}`)
    .join('\n');
}
