import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The hazard log (docs/safety/hazard-log.md) names, for every hazard, the test that guards it.
 * This parses the table and fails when a named test does not exist, or its name lacks the id.
 */
const ROOT = resolve(__dirname, '../..');
const LOG = readFileSync(resolve(ROOT, 'docs/safety/hazard-log.md'), 'utf8');

interface Row {
  id: string;
  cells: string[];
  file: string;
  test: string;
}

function rows(): Row[] {
  return LOG.split('\n')
    .filter((l) => /^\| HAZ-\d{2} \|/.test(l))
    .map((l) => {
      const cells = l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const [file = '', test = ''] = (cells[5] ?? '').split(' › ');
      return { id: cells[0]!, cells, file: file.trim(), test: test.trim() };
    });
}

describe('hazard log', () => {
  const all = rows();

  it('has the header id | hazard | cause | effect | mitigation | test, and at least the ten reviewed faults', () => {
    expect(LOG).toMatch(/\| id \| hazard \| cause \| effect \| mitigation \| test \|/);
    expect(all.length).toBeGreaterThanOrEqual(10);
  });

  it('numbers hazards HAZ-01, HAZ-02, … without gaps or repeats (hazards are never deleted)', () => {
    expect(all.map((r) => r.id)).toEqual(
      all.map((_, i) => `HAZ-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('fills every cell of every row', () => {
    for (const r of all) {
      expect(r.cells, r.id).toHaveLength(6);
      for (const c of r.cells) expect(c.length, r.id).toBeGreaterThan(0);
    }
  });

  it('names for each hazard an existing test whose name contains the hazard id', () => {
    for (const r of all) {
      expect(r.test, `${r.id}: test name`).toContain(r.id);
      const source = readFileSync(resolve(ROOT, r.file), 'utf8');
      expect(source.includes(r.test), `${r.id}: "${r.test}" not found in ${r.file}`).toBe(true);
    }
  });
});
