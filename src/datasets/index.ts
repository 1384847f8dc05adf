/**
 * `community-standards/datasets` — the Kunshan 2013 reference dataset, the four reference communities, a generator
 * of large synthetic datasets, and NDJSON output. Apart from the four reference communities, the records are
 * synthetic (see each function).
 *
 * @module
 */
export { kunshan2013, KUNSHAN_2013_SEED } from './kunshan2013.js';
export { referenceCommunities, referenceCommunityIds } from './reference-communities.js';
export { generateDataset, generateRecords, generateNdjson, type GenerateOptions, type GeneratedRecord } from './generate.js';
export { createRandom, type Random } from './random.js';
export { toNdjson, NDJSON_KIND_KEY, NDJSON_META } from './ndjson.js';
export { provenanceOf, type ProvenanceFound } from './provenance.js';
