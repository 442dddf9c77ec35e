export * from './common.ts';
export * from './essay.ts';
export * from './project.ts';
export * from './role.ts';
export * from './skill.ts';
export * from './source.ts';
export * from './track.ts';

// Each collection's schema by name lives in the registry (src/registry.ts).
export { COLLECTION_SCHEMAS } from '../registry.ts';
