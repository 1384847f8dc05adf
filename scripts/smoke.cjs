// Loads the built package by its own name from CommonJS (package self-reference through "exports").
const { Community, validateRecord } = require('community-standards');
const ok = validateRecord('community', { id: 'a', name: 'a', kind: 'urban', model: 'other', households: {}, population: {}, governanceBodies: [] });
if (!ok.ok || typeof Community.parse !== 'function') throw new Error('CJS smoke test failed');
console.log('smoke: require("community-standards") works');
