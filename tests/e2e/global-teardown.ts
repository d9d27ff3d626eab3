import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Print how many axe checks ran (per project) and how many found violations. */
export default function globalTeardown(): void {
  const file = process.env.E2E_AXE_LOG;
  if (!file || !existsSync(file)) return;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { project: string; page: string; violations: number });
  const byProject = new Map<string, number>();
  for (const r of rows) byProject.set(r.project, (byProject.get(r.project) ?? 0) + 1);
  const failing = rows.filter((r) => r.violations > 0);
  const per = [...byProject].map(([p, n]) => `${p} ${n}`).join(', ');
  console.log(
    `axe checks run: ${rows.length}${per ? ` (${per})` : ''}; with violations: ${failing.length}` +
      failing.map((r) => `\n  ${r.project} ${r.page}: ${r.violations}`).join(''),
  );
  rmSync(dirname(file), { recursive: true, force: true });
}
