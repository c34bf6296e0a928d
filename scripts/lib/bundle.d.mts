// Types for scripts/lib/bundle.mjs.
export const LAZY_UNDICI: string;
export function ncc(entry: string, out: string, extra?: string[]): void;
export function bundleWithLazyUndici(entry: string, out: string, extra?: string[]): void;
