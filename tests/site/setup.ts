import { execFileSync } from 'node:child_process';

/**
 * These tests read the built site in dist/: it is built first when it is missing or older than the
 * sources (scripts/ensure-build.mjs compares its build stamp with them).
 */
export default function setup(): void {
	execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
}
