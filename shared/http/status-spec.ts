// HTTP status specifications: `200`, `200-299`, `2xx`, and comma lists of those (`200,204,3xx`).

export const STATUS_SPEC_ACCEPTED =
  'HTTP status codes (100-599), ranges like 200-299 or classes like 2xx, separated by commas';

export interface StatusSpec {
  /** The spec as written, normalised (`2xx,404`). */
  readonly text: string;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

const CODE = /^[1-5]\d\d$/;
const RANGE = /^([1-5]\d\d)\s*-\s*([1-5]\d\d)$/;
const CLASS = /^([1-5])xx$/i;

/** Parses a status spec; returns the reason it is refused as a string when it is not one. */
export function parseStatusSpec(text: string): StatusSpec | string {
  const items = text.split(',').map((item) => item.trim());
  if (items.length === 0 || items.every((item) => item === '')) return 'the spec is empty';
  const ranges: Array<readonly [number, number]> = [];
  const parts: string[] = [];
  for (const item of items) {
    if (item === '') return 'an item of the list is empty';
    const range = RANGE.exec(item);
    const statusClass = CLASS.exec(item);
    if (CODE.test(item)) {
      ranges.push([Number(item), Number(item)]);
      parts.push(item);
    } else if (range) {
      const low = Number(range[1]);
      const high = Number(range[2]);
      if (low > high) return `the range ${item} runs backwards`;
      ranges.push([low, high]);
      parts.push(`${low}-${high}`);
    } else if (statusClass) {
      const hundreds = Number(statusClass[1]) * 100;
      ranges.push([hundreds, hundreds + 99]);
      parts.push(`${statusClass[1]}xx`);
    } else {
      return `${JSON.stringify(item)} is not a status code, range or class`;
    }
  }
  return { text: parts.join(','), ranges };
}

export function matchesStatus(spec: StatusSpec, status: number): boolean {
  return spec.ranges.some(([low, high]) => status >= low && status <= high);
}
