/**
 * Exports the four reference communities to Open Referral HSDS 3.0 and prints a summary:
 * `npx tsx examples/export-hsds.ts` (add `--json` to print the whole export instead).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toHsds } from '../src/interop/index.js';

const file = fileURLToPath(new URL('./data/reference-communities.json', import.meta.url));
const input: unknown = JSON.parse(readFileSync(file, 'utf8'));
const hsds = toHsds(input, { locale: 'en', baseUrl: 'https://example.org/hsds' });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(hsds, null, 2));
} else {
  const terms = new Map(hsds.taxonomyTerms.map((t) => [t.id, t]));
  console.log('HSDS 3.0 export of examples/data/reference-communities.json');
  console.log(`  organizations        ${hsds.organizations.length}`);
  console.log(`  locations            ${hsds.locations.length}`);
  console.log(`  services             ${hsds.services.length}`);
  console.log(`  service_at_locations ${hsds.serviceAtLocations.length}`);
  console.log(`  taxonomy terms       ${hsds.taxonomyTerms.length} (${hsds.taxonomies[0]?.name ?? ''})`);
  console.log();
  for (const organization of hsds.organizations) {
    console.log(`${organization.id}  ${organization.name} — ${organization.description.split('\n')[0] ?? ''}`);
    for (const location of hsds.locations.filter((l) => l.organization_id === organization.id)) {
      const facilities = (location.attributes ?? []).filter((a) => terms.get(a.taxonomy_term_id)?.code.startsWith('facility.'));
      console.log(`  location  ${location.name} (${facilities.length} facilities, ${location.schedules?.length ?? 0} schedules)`);
    }
    for (const service of hsds.services.filter((s) => s.organization_id === organization.id)) {
      console.log(`  service   ${service.name}`);
    }
  }
  if (hsds.issues.length > 0) {
    console.log(`\n${hsds.issues.length} issues:`);
    for (const issue of hsds.issues) console.log(`  ${issue.message}`);
    process.exitCode = 1;
  }
}
