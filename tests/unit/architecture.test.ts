// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The engine must stay pure TypeScript so it can be reviewed and tested without a browser.
 * These tests lint small snippets as if they lived in src/domain and check the layer rules bite,
 * and do the same for the rules on cycles, feature boundaries and file names.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it.each([
    ["import { useState } from 'react';"],
    ["import { createRoot } from 'react-dom/client';"],
    ["import { Link } from 'react-router';"],
    ["import { BarChart } from 'recharts';"],
    ["import { create } from 'zustand';"],
    ["import { useCases } from '../../store/cases';"],
    ["import { useT } from '../../i18n/use-t';"],
  ])('src/domain may not %s', async (line) => {
    const ids = await ruleIds(`${line}\nexport const x = 1;\n`, 'src/domain/engine/probe.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('src/domain may not touch browser globals', async () => {
    const ids = await ruleIds(
      'export const read = () => localStorage.getItem("x");\n',
      'src/domain/engine/probe.ts',
    );
    expect(ids).toContain('no-restricted-globals');
  });

  it('src/domain may import zod and its own modules', async () => {
    const ids = await ruleIds(
      "import { z } from 'zod';\nimport { LANGS } from '../text';\nexport const s = z.string();\nexport const t = LANGS[0];\n",
      'src/domain/engine/probe.ts',
    );
    expect(ids).toEqual([]);
  });

  it('the store may not import features', async () => {
    const ids = await ruleIds(
      "import { WizardPage } from '../features/wizard/wizard-page';\nexport const x = WizardPage;\n",
      'src/store/probe.ts',
    );
    expect(ids).toContain('no-restricted-imports');
  });
});

describe('no import cycles', () => {
  // The cycle rule follows imports through real files, so the probe writes two and removes them.
  const dir = path.join(process.cwd(), 'tests', 'unit', `cycle-probe-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function lintPair(a: string, b: string): Promise<string[]> {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), a);
    writeFileSync(path.join(dir, 'b.ts'), b);
    const [result] = await eslint.lintFiles([path.join(dir, 'a.ts')]);
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  }

  it('two modules may not import each other', async () => {
    const ids = await lintPair(
      "import { b } from './b';\nexport const a = () => b;\n",
      "import { a } from './a';\nexport const b = () => a;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });

  it('one-way imports pass, and a type-only import back does not count (it vanishes at run time)', async () => {
    const ids = await lintPair(
      "import { b } from './b';\nexport type A = string;\nexport const a = () => b;\n",
      "import type { A } from './a';\nexport const b = (x: A) => x;\n",
    );
    expect(ids).toEqual([]);
  });
});

describe('no loops between the folders of src/domain', () => {
  // The loops this rule was written against: case <-> modalities, modalities <-> engine and
  // modalities <-> export. Each import below would close one of them again.
  it.each([
    ['src/domain/modalities/probe.ts', "import { assess } from '../engine/assess';"],
    ['src/domain/modalities/xray/probe.ts', "import { PHRASES } from '../../export/vocabulary';"],
    ['src/domain/modalities/probe.ts', "import type { Case } from '../case/schema';"],
    ['src/domain/case/probe.ts', "import { assess } from '../engine/assess';"],
    ['src/domain/evidence/probe.ts', "import { MODALITY_MODULES } from '../modalities';"],
    ['src/domain/probe.ts', "import { MODALITY_MODULES } from './modalities';"],
  ])('%s may not %s', async (filePath, line) => {
    const ids = await ruleIds(`${line}\nexport const x = 1;\n`, filePath);
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('a folder may import the folders below it and the leaves at the root', async () => {
    const ids = await ruleIds(
      "import { MODALITY_MODULES } from '../modalities';\nimport { caseSchema } from '../case/schema';\nimport { reason } from '../reason';\nexport const x = [MODALITY_MODULES, caseSchema, reason];\n",
      'src/domain/engine/probe.ts',
    );
    expect(ids).toEqual([]);
  });
});

describe('no function over 80 lines in src/domain', () => {
  // 81 statements; blank lines and comments would not count.
  const long = `export function long(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(79)}  return n;\n}\n`;

  it('a long function in the domain is refused', async () => {
    expect(await ruleIds(long, 'src/domain/engine/probe.ts')).toContain('max-lines-per-function');
  });

  it('a test may be long', async () => {
    expect(await ruleIds(long, 'src/domain/engine/probe.test.ts')).toEqual([]);
  });
});

describe('features talk through public entries', () => {
  it.each([
    [
      "import { AssessmentPanel } from '../wizard/assessment-panel';\nexport const x = AssessmentPanel;\n",
    ],
    ["export const load = () => import('../compare/compare-compact');\n"],
    ["export { ExportActions } from '../export/export-actions';\n"],
  ])('a feature may not reach inside another: %s', async (code) => {
    const ids = await ruleIds(code, 'src/features/summary/probe.tsx');
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it("a feature may import another's index.ts and its own files", async () => {
    const ids = await ruleIds(
      "import { AssessmentPanel } from '../wizard';\nimport { FreeText } from './free-text';\nexport const x = [AssessmentPanel, FreeText];\nexport const load = () => import('../compare');\n",
      'src/features/summary/probe.tsx',
    );
    expect(ids).toEqual([]);
  });
});

describe('file names are kebab-case', () => {
  it.each([
    ['src/features/cases/CaseCard.tsx'],
    ['src/domain/case/field_errors.ts'],
    ['tests/unit/appShell.test.tsx'],
  ])('%s is refused', async (filePath) => {
    const ids = await ruleIds('export const x = 1;\n', filePath);
    expect(ids).toContain('check-file/filename-naming-convention');
  });

  it.each([
    ['src/features/cases/case-card.tsx'],
    ['src/domain/engine/assess.property.test.ts'],
    ['src/domain/export/fhir.validate.test.ts'],
    ['tests/e2e/tabs-storage.spec.ts'],
  ])('%s passes', async (filePath) => {
    const ids = await ruleIds('export const x = 1;\n', filePath);
    expect(ids).toEqual([]);
  });
});
