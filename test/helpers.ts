import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The example dataset of the four reference communities, parsed afresh for each call. */
export function referenceData(): Record<string, unknown[]> & { meta?: unknown } {
  const file = fileURLToPath(new URL('../examples/data/reference-communities.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
}

/** Deep-freezes a value so that any mutation by the code under test throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
