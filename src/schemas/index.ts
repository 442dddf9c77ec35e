export * from './common.ts';
export * from './essay.ts';
export * from './project.ts';
export * from './role.ts';
export * from './skill.ts';
export * from './track.ts';
