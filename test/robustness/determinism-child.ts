/**
 * Child process of the determinism test: prints `{ "<input> <locale>": sha256 }` for every input and locale, so
 * that a fresh process — with another time zone and system locale — can be compared with the test's own.
 */
import { locales } from '../../src/index.js';
import { determinismInputs, digest, reportFor } from './determinism-inputs.js';

const out: Record<string, string> = {};
for (const name of Object.keys(determinismInputs)) for (const locale of locales) out[`${name} ${locale}`] = digest(reportFor(name, locale));
process.stdout.write(JSON.stringify(out));
