import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the production build, in the system's Chromium (Debian's
 * /usr/bin/chromium, or CHROMIUM_PATH). Playwright never downloads a browser here.
 *
 * The web server builds the app and serves it with `vite preview`. E2E_PORT and E2E_DIST let a
 * developer run the suite next to another preview server or build (the defaults are the README's
 * port 4173 and dist/); E2E_NO_BUILD=1 serves an existing build as it is.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;
const outDirArg = dist === 'dist' ? '' : ` --outDir ${dist}`;
// E2E_NO_BUILD=1 serves the build already in place (CI builds just before).
const build = process.env.E2E_NO_BUILD ? '' : `npm run build --${outDirArg} --emptyOutDir && `;

/**
 * A second build of the app for a sub-path (BASE_PATH=/scho/), served under it on its own port
 * (E2E_SUBPATH_PORT, default the next port), for subpath.spec.ts. Always built: CI's build is the
 * root one.
 */
const SUBPATH = '/scho/';
const subPort = Number(process.env.E2E_SUBPATH_PORT ?? port + 1);
const subDist = `${dist}-subpath`;
const subEnv = `BASE_PATH=${SUBPATH}`;

// Shared with scripts/bench.mjs. Without the background-networking flags Chromium tries to reach
// Google's hosts at start-up; the suite must talk to the local server only.
const chromiumArgs: string[] = JSON.parse(
  readFileSync(new URL('./scripts/chromium-args.json', import.meta.url), 'utf8'),
);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // Counts the axe checks across workers and prints the total at the end; starts and stops the
  // test health record (a FHIR server with a SMART authorization fixture) the launch tests use.
  globalSetup: ['./tests/e2e/global-setup.ts', './tests/e2e/fhir-setup.ts'],
  globalTeardown: './tests/e2e/global-teardown.ts',
  outputDir: 'test-results',
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    acceptDownloads: true,
    // English UI. The time zone is the machine's, so "today" is the same for tests and app.
    locale: 'en-GB',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: 'subpath.spec.ts',
      use: { viewport: { width: 1280, height: 800 } },
    },
    // Not isMobile: a mobile viewport zooms out to fit wide content, which would hide the very
    // sideways scrolling the 360 px checks look for.
    {
      name: 'phone',
      testIgnore: 'subpath.spec.ts',
      use: { viewport: { width: 360, height: 640 } },
    },
    {
      name: 'subpath',
      testMatch: 'subpath.spec.ts',
      use: {
        viewport: { width: 360, height: 640 },
        baseURL: `http://127.0.0.1:${subPort}${SUBPATH}`,
      },
    },
  ],
  // Both servers send the headers of scripts/security-headers.mjs (vite.config.ts), the strict
  // content-security policy among them: every test runs under it.
  webServer: [
    {
      command: `${build}npx vite preview --host 127.0.0.1 --port ${port} --strictPort${outDirArg}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `${subEnv} npx vite build --outDir ${subDist} --emptyOutDir --logLevel warn && ${subEnv} npx vite preview --host 127.0.0.1 --port ${subPort} --strictPort --outDir ${subDist}`,
      url: `http://127.0.0.1:${subPort}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
