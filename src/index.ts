/** Library API: check texts from programs. */
export { check, DEFAULT_MIN_CONFIDENCE } from './check.js';
export { Knowledge, type KnowledgeData } from './knowledge.js';
export { readKnowledgeData, defaultKnowledge, BUNDLED_DICTIONARIES } from './gazetteer/load.js';
export { DataError } from './gazetteer/data-error.js';
export type { Finding, FindingKind, Severity, Entity, EntityType, CheckOptions } from './types.js';
