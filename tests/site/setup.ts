import { execFileSync } from 'node:child_process';

/** These tests read the built site in dist/: build it first when it is missing. */
export default function setup(): void {
	execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
}
