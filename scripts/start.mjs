/* global console, process */
// npm start: build the app and serve it (vite preview). Port 4173 by default; when something
// else holds it, the next free port is taken and the address printed. PORT=8080 npm start asks
// for that port and stops with a clear message if it is taken. `--no-build` serves dist/ as it
// is (npm run preview).
import { build, preview } from 'vite';

const DEFAULT_PORT = 4173;
const asked = process.env.PORT;
const port = asked === undefined || asked === '' ? DEFAULT_PORT : Number(asked);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535; it is "${asked}".`);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) await build();

try {
  // A port the user asked for is that port or nothing; the default may move on to a free one.
  const server = await preview({ preview: { port, strictPort: Boolean(asked) } });
  server.printUrls();
  const actual = server.httpServer.address();
  if (!asked && actual && typeof actual === 'object' && actual.port !== port) {
    console.log(
      `  Port ${port} was in use, so the app is on port ${actual.port}. To choose one: PORT=8080 npm start`,
    );
  }
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(
    /in use/i.test(message)
      ? `Port ${port} is already in use. Choose another: PORT=8080 npm start (or leave PORT unset to take the next free port).`
      : message,
  );
  process.exit(1);
}
