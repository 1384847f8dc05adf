import { exportedFunctions, returnedFunctions, declarations } from './surface.js';
import { isCommunityStandardsError } from '../../src/index.js';
import ts from 'typescript';
const endless = { *[Symbol.iterator]() { for (;;) yield {}; } };
const hostile: [string, () => unknown][] = [
  ['undefined', () => undefined], ['null', () => null], ['"kunshan"', () => 'kunshan'], ['5', () => 5], ['[]', () => []], ['{}', () => ({})],
  ['[null]', () => [null]], ['[1]', () => [1]], ['{length:1e9}', () => ({ length: 1e9 })],
];
const out: string[] = [];
for (const t of [...exportedFunctions(), ...returnedFunctions()]) {
  const seed = t.seeds?.()[0];
  if (!seed) continue;
  for (let pos = 0; pos < Math.max(1, t.params.length); pos++) {
    for (const [name, make] of hostile) {
      const args = t.seeds!()[0]!;
      args[pos] = make();
      const start = performance.now();
      try { (t.fn as any)(...args); } catch (e) {
        if (!isCommunityStandardsError(e)) out.push(`${t.label} #${pos}(${t.params[pos]}) ${name}: ${(e as Error).name}: ${(e as Error).message?.slice(0, 80)}`);
      }
      const ms = performance.now() - start;
      if (ms > 1000) out.push(`${t.label} #${pos} ${name}: SLOW ${Math.round(ms)}ms`);
    }
  }
}
console.log(out.join('\n'));
