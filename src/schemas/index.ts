import { EssaySchema } from './essay.ts';
import { ProjectSchema } from './project.ts';
import { RoleSchema } from './role.ts';
import { SkillSchema } from './skill.ts';
import { SourceSchema } from './source.ts';
import { TrackSchema } from './track.ts';

export * from './common.ts';
export * from './essay.ts';
export * from './project.ts';
export * from './role.ts';
export * from './skill.ts';
export * from './source.ts';
export * from './track.ts';

/** Each collection's schema, by collection name: the one map the build and `npm run check` share. */
export const COLLECTION_SCHEMAS = {
	tracks: TrackSchema,
	skills: SkillSchema,
	roles: RoleSchema,
	projects: ProjectSchema,
	essays: EssaySchema,
	sources: SourceSchema,
} as const;
