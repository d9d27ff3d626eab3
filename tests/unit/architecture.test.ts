// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The engine must stay pure TypeScript so it can be reviewed and tested without a browser.
 * These tests lint small snippets as if they lived in src/domain and check the layer rules bite.
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
      "import { z } from 'zod';\nimport { inLang } from '../text';\nexport const s = z.string();\nexport const t = inLang({ en: 'a', es: 'b' }, 'en');\n",
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
