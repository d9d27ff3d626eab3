import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { newCase } from '../../domain/case/parse';
import { HOSTILE_LABELS } from '../../domain/export/testing/hostile';
import { openDB } from 'idb';
import { reloadCases, useCases, whenSaved } from '../../store/cases';
import { decodeValue, type EncodedValue } from '../../store/record-codec';
import { CASES_STORE, DB_NAME, LEGACY_CASES_KEY } from '../../store/storage-places';
import { useSettings } from '../../store/settings';
import { renderAt, setUpUiTest } from '../../testing/test-utils';

beforeEach(setUpUiTest);

/** A case as its IndexedDB record holds it (read beside the app, as the browser's tools would). */
async function storedRecord(id: string): Promise<{ case: { label: string } }> {
  const db = await openDB(DB_NAME);
  try {
    const rec = (await db.get(CASES_STORE, id)) as { value: EncodedValue };
    return (await decodeValue(rec.value)) as { case: { label: string } };
  } finally {
    db.close();
  }
}

/** Put cases straight into storage, as an older version of the app (or a hostile file) left them. */
async function stored(...labels: string[]) {
  const cases = Object.fromEntries(
    labels.map((label, i) => [`c${i}`, newCase(`c${i}`, label, '2026-03-01T09:00:00.000Z')]),
  );
  localStorage.setItem(
    LEGACY_CASES_KEY,
    JSON.stringify({ state: { cases, order: Object.keys(cases) }, version: 1 }),
  );
  await reloadCases();
}

describe('the identity guard where a label is typed', () => {
  it('HAZ-43 warns about a name and an NHS number as they are typed, and still creates the case', async () => {
    const { user, router } = renderAt('/');
    const input = screen.getByLabelText('Case label');
    await user.type(input, HOSTILE_LABELS.name);
    const warning = await screen.findByText(/This label may identify the patient/);
    expect(warning).toHaveTextContent('what looks like a personal name (“John Smith”)');
    expect(warning).toHaveTextContent('an NHS number (“943 476 5919”: its check digit is valid)');
    expect(warning).toHaveTextContent(/Use a pseudonym/);
    expect(input).toHaveAccessibleDescription(/This label may identify the patient/);
    // Never a block, never a loss: the label is kept as typed and the case is created.
    expect(input).toHaveValue(HOSTILE_LABELS.name);
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(router.state.location.pathname).toMatch(/^\/cases\/.+\/patient$/);
    expect(Object.values(useCases.getState().cases).map((c) => c.label)).toEqual([
      HOSTILE_LABELS.name,
    ]);
  });

  it('says it in Spanish too', async () => {
    useSettings.setState({ lang: 'es' });
    const { user } = renderAt('/');
    await user.type(screen.getByLabelText('Etiqueta del caso'), 'Cama 3 DNI 12345678Z');
    expect(
      await screen.findByText(/Esta etiqueta puede identificar al paciente/),
    ).toHaveTextContent('un DNI («12345678Z»: su letra coincide)');
  });

  it('says nothing of an ordinary pseudonym', async () => {
    const { user } = renderAt('/');
    await user.type(screen.getByLabelText('Case label'), 'Bed 12, left leg');
    // The guard has loaded (a label that needs a warning gets one at once)…
    await user.type(screen.getByLabelText('Case label'), ' DOB 01/02/1950');
    await screen.findByText(/a date of birth/);
    await user.clear(screen.getByLabelText('Case label'));
    await user.type(screen.getByLabelText('Case label'), 'Bed 12, left leg');
    // …and an ordinary label gets none.
    expect(screen.queryByText(/may identify the patient/)).not.toBeInTheDocument();
  });

  it('HAZ-45 says what will be tidied: a line break, hidden characters, look-alike letters', async () => {
    const { user } = renderAt('/');
    const input = screen.getByLabelText('Case label');
    // user.type cannot type a zero-width space: paste it.
    input.focus();
    await user.paste('B\u0435d\u200B 12');
    const advice = await screen.findByText(/will be removed/);
    expect(advice).toHaveTextContent(
      '1 invisible character (such as a zero-width space or a text-direction control) will be removed.',
    );
    expect(screen.getByText(/It will be saved as/)).toHaveTextContent('“B\u0435d 12”');
    expect(screen.getByText(/Letters from another alphabet/)).toHaveTextContent(
      '“\u0435” (Cyrillic)',
    );
  });
});

describe('stored labels shown safely', () => {
  it('HAZ-46 shows hidden characters, line breaks and overrides as marks, and says so, without rewriting storage', async () => {
    await stored(HOSTILE_LABELS.forgedLine, HOSTILE_LABELS.override, HOSTILE_LABELS.zeroWidth);
    renderAt('/');
    const forged = await screen.findByRole('article', {
      name: 'Bed 12⏎Conclusion: Excluded, no further imaging',
    });
    expect(within(forged).getByRole('heading', { level: 3 }).textContent).not.toContain('\n');
    expect(within(forged).getByText(/cannot be seen, or a line break/)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: '⟨U+202E⟩gel tfel' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Bed⟨U+200B⟩ 12' })).toBeInTheDocument();
    // The stored labels are as they were: shown safely, not silently rewritten.
    expect(useCases.getState().cases.c0?.label).toBe(HOSTILE_LABELS.forgedLine);
    await whenSaved();
    const record = await storedRecord('c1');
    expect(record.case.label).toBe(HOSTILE_LABELS.override);
  });

  it('HAZ-45 marks a look-alike letter, names its alphabet, and refuses a rename into a twin', async () => {
    await stored('Bed 12', 'Bed 13');
    const { user } = renderAt('/');
    const bed13 = await screen.findByRole('article', { name: 'Bed 13' });
    await user.click(within(bed13).getByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('New label for Bed 13');
    await user.clear(input);
    await user.paste('B\u0435d 12');
    expect(await screen.findByText(/Letters from another alphabet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(input).toHaveAccessibleDescription(
      /Another case already has this label, or one that looks the same/,
    );
    expect(input).toHaveValue('B\u0435d 12');
    expect(useCases.getState().cases.c1?.label).toBe('Bed 13');
  });

  it('marks the look-alike letter of a stored label on its card', async () => {
    await stored(HOSTILE_LABELS.cyrillic);
    renderAt('/');
    const c = await screen.findByRole('article', { name: /^B\u0435 ?\(Cyrillic\) ?d 12$/ });
    expect(c.querySelector('mark.label-look-alike')?.firstChild?.textContent).toBe('\u0435');
    expect(within(c).getByText(/letters from another alphabet/)).toBeInTheDocument();
  });

  it('HAZ-43 says when a stored label looks identifying, and renaming it with a pseudonym clears that', async () => {
    await stored(HOSTILE_LABELS.name);
    const { user } = renderAt('/');
    const c = await screen.findByRole('article', { name: HOSTILE_LABELS.name });
    expect(within(c).getByText(/Rename the case with a pseudonym/)).toBeInTheDocument();
    await user.click(within(c).getByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText(`New label for ${HOSTILE_LABELS.name}`);
    await user.clear(input);
    await user.type(input, 'Bed 5{Enter}');
    const renamed = await screen.findByRole('article', { name: 'Bed 5' });
    expect(within(renamed).queryByText(/may identify/)).not.toBeInTheDocument();
  });
});
