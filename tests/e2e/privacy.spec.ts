import { readFileSync } from 'node:fs';
import { axeCheck, expect, noSideScroll, test } from './fixtures';
import { CASES_KEY, SETTINGS_KEY, seedCases, seedStorage, seededCase } from './storage';
import { walkSeedCase } from './walk';

/**
 * No request to any host but the local server during a whole walkthrough, exports and an import
 * included. The fixture aborts and reports any other request; this test also checks that it saw
 * the app's own traffic, so an empty log cannot pass by accident.
 */

const EXPORTS = [
  { name: 'Download note (.txt)', file: /\.txt$/, content: /Confirmed/ },
  { name: 'Download note (Markdown)', file: /\.md$/, content: /Confirmed/ },
  { name: 'Download case file (.json)', file: /\.json$/, content: /"schemaVersion"/ },
  {
    name: 'Download FHIR R4 Bundle (.json)',
    file: /fhir.*\.json$/,
    content: /"resourceType": ?"Bundle"/,
  },
];

test('a whole walkthrough with every export and an import talks only to the local server', async ({
  page,
  context,
  network,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });

  const caseUrl = await walkSeedCase(page, 'Bed 9, privacy check');

  // Copy the note for the record: it reaches the clipboard, and nothing leaves the machine.
  const exportsRegion = page.getByRole('region', { name: 'Note for the record, print and export' });
  await exportsRegion.getByRole('button', { name: 'Copy note for the record' }).click();
  await expect(exportsRegion.getByRole('status')).toContainText(/copied/i);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('Confirmed');

  // Every download, accepted and read back.
  const files: string[] = [];
  for (const e of EXPORTS) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportsRegion.getByRole('button', { name: e.name, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(e.file);
    // Named by the case id and the day, never by the label (HAZ-44).
    expect(download.suggestedFilename()).toMatch(/^scho-case-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}/);
    expect(download.suggestedFilename()).not.toMatch(/bed|privacy|check/i);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toMatch(e.content);
    if (e.file.source === '\\.json$') files.push(path);
  }

  // The exported case file comes back in as a new case, from the case list.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await page.getByLabel('Choose a case file').setInputFiles(files);
  await expect(page.getByText(/Imported .* as a new case/)).toBeVisible();

  // The other pages too.
  for (const path of ['/compare', '/evidence', `${caseUrl}/summary`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // The service worker's precache downloads count as well: wait for it to be installed.
  await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker?.ready,
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]),
  );

  const origin = new URL(baseURL ?? '').origin;
  const local = network.requests.filter((u) => u.startsWith(origin));
  expect(local.length, 'the app’s own requests were recorded').toBeGreaterThan(10);
  expect(network.foreign).toEqual([]);
  console.log(
    `privacy (${test.info().project.name}): ${network.requests.length} requests, ${network.foreign.length} to another host`,
  );
});

/**
 * The identity guard and labels shown as they are, in the browser (HAZ-43 to HAZ-49): a label
 * that names the patient is warned about and still accepted, its exports are not named after it,
 * and stored labels that hide characters, break lines or reverse text are drawn as what they are.
 */
test('a label that names the patient is warned about, accepted, and kept out of file names', async ({
  page,
}) => {
  await seedStorage(page, {
    [SETTINGS_KEY]: JSON.stringify({ state: { lang: 'en' }, version: 1 }),
  });
  await page.goto('/');
  const input = page.getByRole('textbox', { name: 'Case label' });
  await input.fill('John Smith NHS 943 476 5919');
  const warning = page.getByText(/This label may identify the patient/);
  await expect(warning).toContainText('what looks like a personal name (“John Smith”)');
  await expect(warning).toContainText('an NHS number (“943 476 5919”: its check digit is valid)');
  await axeCheck(page, 'new-case warning');
  await noSideScroll(page, 'new-case warning');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patient & history');
  // The wizard says it again, with the way to fix it.
  await expect(page.getByText(/Rename the case with a pseudonym/)).toBeVisible();

  await page
    .getByRole('textbox', { name: 'History and notes' })
    .fill('Seen by Dr Jones, DOB 03/04/1958.');
  await expect(page.getByText(/This text may identify the patient/)).toContainText(
    'a date of birth (“03/04/1958”)',
  );

  await page.goto(`${new URL(page.url()).pathname.replace(/\/patient$/, '')}/summary`);
  const exportsRegion = page.getByRole('region', { name: 'Note for the record, print and export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportsRegion.getByRole('button', { name: 'Download note (.txt)', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^scho-case-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.txt$/);
});

test('stored labels that hide characters, break lines or reverse text are drawn as what they are', async ({
  page,
}) => {
  const forged = seededCase('forged', 'Bed 12\nConclusion: Excluded, no further imaging');
  const reversed = seededCase('reversed', '\u202Egel tfel');
  const hidden = seededCase('hidden', 'Bed\u200B 12');
  const cyrillic = seededCase('cyrillic', 'B\u0435d 12');
  const huge = { ...seededCase('huge', 'Bed 99'), createdAt: '2'.repeat(300_000) };
  await seedCases(page, [forged, reversed, hidden, cyrillic, huge]);
  await page.goto('/');

  // The 300,000-character createdAt does not pass: kept aside, said, and the list stays short.
  await expect(page.getByRole('alert')).toContainText('Some saved cases could not be read.');
  await expect(page.getByRole('heading', { name: 'Saved cases (4)' })).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(8000);

  const title = (id: string) => page.locator(`article:has(a[href="/cases/${id}"]) h3`);
  await expect(title('forged')).toHaveText('Bed 12⏎Conclusion: Excluded, no further imaging');
  await expect(title('reversed')).toHaveText('⟨U+202E⟩gel tfel');
  await expect(title('hidden')).toHaveText('Bed⟨U+200B⟩ 12');
  await expect(title('cyrillic').locator('mark')).toBeVisible();
  // "Bed 12" and "Bеd 12" do not look alike on screen: the Cyrillic letter is marked.
  await axeCheck(page, 'stored hostile labels');
  await noSideScroll(page, 'stored hostile labels');

  // On the summary, the forged label is one line, not a line of its own reading "Conclusion".
  await page.goto('/cases/forged/summary');
  const label = page.locator('.summary-case .case-label');
  await expect(label).toContainText('⏎Conclusion');
  // One line at desktop width: the label's paragraph is no taller than one line of its text.
  const [height2, lineHeight] = await page
    .locator('.summary-case')
    .evaluate((el) => [
      el.getBoundingClientRect().height,
      parseFloat(getComputedStyle(el).lineHeight),
    ]);
  if ((page.viewportSize()?.width ?? 0) >= 1000) expect(height2).toBeLessThan(1.8 * lineHeight!);
  // Whatever the width, no line starts with the forged words.
  const text = await page.locator('.summary-case').innerText();
  expect(text.split('\n').some((l) => l.trim().startsWith('Conclusion'))).toBe(false);

  // The reversed label reads as stored, with its override shown: never "left leg".
  await page.goto('/cases/reversed/summary');
  await expect(page.locator('.summary-case')).toContainText('⟨U+202E⟩gel tfel');
  await expect(page.locator('.summary-case')).not.toContainText('left leg');
  // Shown safely, not rewritten: the stored label is still exactly what was stored.
  expect(await page.evaluate((k) => localStorage.getItem(k), CASES_KEY)).toContain(
    '\u202Egel tfel',
  );
});
