import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
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
  const exportsRegion = page.getByRole('region', { name: 'Print and export' });
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
