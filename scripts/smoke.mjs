// Loads the built package by its own name from plain Node ESM (package self-reference through "exports").
import { Community, validateRecord } from 'community-standards';
const ok = validateRecord('community', { id: 'a', name: 'a', kind: 'urban', model: 'other', households: {}, population: {}, governanceBodies: [] });
if (!ok.ok || typeof Community.parse !== 'function') throw new Error('ESM smoke test failed');
console.log('smoke: import "community-standards" works');
