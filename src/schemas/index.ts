export * from './common';
export * from './essay';
export * from './project';
export * from './role';
export * from './skill';
export * from './track';
