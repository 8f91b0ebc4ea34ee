// Opens HTML pages of passation in headless Chromium, as a reader would, and fails when a page
// logs an error, a picture did not load or draw, or the page fetches anything from the network.
// Writes a screenshot of each. One browser for every page: starting Chromium costs seconds.
//
//   node check_page.mjs PAGE.html SCREENSHOT.png [PAGE.html SCREENSHOT.png …]
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  for (let i = 0; i + 1 < args.length; i += 2) {
    const [page_path, screenshot] = [args[i], args[i + 1]];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`); });
    page.on('requestfailed', (r) => problems.push(`failed to load: ${r.url()}`));
    await page.goto('file://' + page_path, { waitUntil: 'load' });
    const report = await page.evaluate(() => {
      const images = [...document.images].map((i) => ({ src: i.src, ok: i.complete && i.naturalWidth > 0 }));
      const svgs = [...document.querySelectorAll('svg')].map((s) => { const b = s.getBoundingClientRect(); return b.width > 0 && b.height > 0; });
      const backgrounds = [...document.querySelectorAll('figure[data-marp-fitting], img, section')].length;
      return { images, svgs, backgrounds, text: document.body.innerText.length };
    });
    for (const i of report.images) if (!i.ok) problems.push(`image not drawn: ${i.src}`);
    report.svgs.forEach((ok, n) => { if (!ok) problems.push(`inline SVG ${n + 1} has no size`); });
    if (report.text < 100) problems.push('the page shows almost no text');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`${page_path}: ${report.images.length} images, ${report.svgs.length} inline SVG, ${report.text} characters of text`);
  }
} finally {
  await browser.close();
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
