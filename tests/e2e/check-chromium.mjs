// Runs before the browser tests: says clearly what to do when Chromium or the build is missing.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const problems = [];
if (!existsSync(chromium)) {
  problems.push(
    `Chromium was not found at ${chromium}.\n` +
      "  The end-to-end tests drive Debian's Chromium with the built extension loaded.\n" +
      '  Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)',
  );
}
if (!existsSync('.output/chrome-mv3/manifest.json')) {
  problems.push('The extension is not built (.output/chrome-mv3 is missing). Run:  npm run build');
}
if (problems.length) {
  console.error(`\nCannot run the end-to-end tests:\n\n${problems.map((p) => `- ${p}`).join('\n\n')}\n`);
  process.exit(1);
}
