import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh file in which each axe check appends one line; workers inherit the variable. */
export default function globalSetup(): void {
  const file = join(mkdtempSync(join(tmpdir(), 'scho-e2e-')), 'axe-checks.jsonl');
  writeFileSync(file, '');
  process.env.E2E_AXE_LOG = file;
}
