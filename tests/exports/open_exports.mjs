// Opens passation's exports with the libraries the tools people use are built on, in one headless
// Chromium (starting it costs seconds), and fails on anything they reject:
//   .mmd   drawn by Mermaid (mermaid.render, as mermaid-cli and every wiki that renders Mermaid do):
//          no error, and as many boxes drawn as the export declares nodes.
//   .bpmn  read by bpmn-moddle (the model of bpmn.io and Camunda Modeler) with no warning, then
//          imported by bpmn-js's viewer with no warning: every task, gateway, event, lane and flow
//          drawn, each at the place the file gives.
// Writes a screenshot of each drawing into OUT_FOLDER.
//
//   node open_exports.mjs OUT_FOLDER FILE…
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const clients = join(dirname(fileURLToPath(import.meta.url)), '..', 'clients');
const require = createRequire(join(clients, 'package.json'));
const { chromium } = require('playwright-core');
const bpmn_moddle = await import(require.resolve('bpmn-moddle'));
const BpmnModdle = bpmn_moddle.default || bpmn_moddle.BpmnModdle;

const [out, ...files] = process.argv.slice(2);
const problems = [];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

// One page per kind of file, holding its library, reused for every file of that kind.
async function page_with(script) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') problems.push(`network request: ${r.url()}`); });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="drawing"></div></body></html>');
  await page.addScriptTag({ path: require.resolve(script) });
  return page;
}

async function open_mermaid(page, file, k) {
  const text = readFileSync(file, 'utf8');
  // Every drawn node is declared on a line of its own, with its class: "  n_id[...]:::tone0".
  const declared = text.split('\n').filter((l) => /^ +n_[A-Za-z0-9_]+[[({].*:::[a-z_0-9]+$/.test(l)).length;
  const result = await page.evaluate(async ({ text, k }) => {
    try {
      const { svg } = await window.mermaid.render(`export${k}`, text);
      const holder = document.getElementById('drawing');
      holder.innerHTML = svg;
      const drawn = holder.querySelectorAll('g.node').length;
      const box = holder.querySelector('svg').getBoundingClientRect();
      holder.style.width = `${Math.ceil(box.width)}px`;
      return { drawn, width: box.width, height: box.height };
    } catch (e) {
      return { error: String(e.message || e) };
    }
  }, { text, k });
  if (result.error) return problems.push(`${file}: Mermaid rejects it: ${result.error}`);
  if (result.drawn !== declared) problems.push(`${file}: declares ${declared} nodes and Mermaid drew ${result.drawn}`);
  if (!(result.width > 0 && result.height > 0)) problems.push(`${file}: Mermaid drew an empty picture`);
  await (await page.$('#drawing')).screenshot({ path: join(out, basename(dirname(file)) + '-' + basename(file) + '.png') });
}

async function open_bpmn(page, file) {
  const xml = readFileSync(file, 'utf8');
  const moddle = new BpmnModdle();
  try {
    const { warnings } = await moddle.fromXML(xml);
    for (const w of warnings) problems.push(`${file}: bpmn-moddle warns: ${w.message}`);
  } catch (e) {
    return problems.push(`${file}: bpmn-moddle rejects it: ${e.message}`);
  }
  const declared = (xml.match(/<bpmndi:BPMN(Shape|Edge) /g) || []).length;
  const result = await page.evaluate(async (xml) => {
    const holder = document.getElementById('drawing');
    holder.innerHTML = '';
    holder.style.width = '1400px';
    holder.style.height = '1000px';
    const viewer = new window.BpmnJS({ container: holder });
    try {
      const { warnings } = await viewer.importXML(xml);
      viewer.get('canvas').zoom('fit-viewport');
      const drawn = viewer.get('elementRegistry').filter((e) => e.type !== 'label' && e.type !== 'bpmn:Collaboration' && e.di && e.di.bpmnElement).length;
      return { warnings: warnings.map((w) => w.message), drawn };
    } catch (e) {
      return { error: String(e.message || e) };
    }
  }, xml);
  if (result.error) return problems.push(`${file}: bpmn-js rejects it: ${result.error}`);
  for (const w of result.warnings) problems.push(`${file}: bpmn-js warns: ${w}`);
  if (result.drawn !== declared) problems.push(`${file}: declares ${declared} shapes and edges and bpmn-js drew ${result.drawn}`);
  await (await page.$('#drawing')).screenshot({ path: join(out, basename(dirname(file)) + '-' + basename(file) + '.png') });
}

try {
  let mermaid = null;
  let bpmn = null;
  for (const [k, file] of files.entries()) {
    if (file.endsWith('.mmd')) {
      if (!mermaid) {
        mermaid = await page_with('mermaid/dist/mermaid.min.js');
        await mermaid.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
      }
      await open_mermaid(mermaid, file, k);
    } else if (file.endsWith('.bpmn')) {
      if (!bpmn) bpmn = await page_with('bpmn-js/dist/bpmn-viewer.production.min.js');
      await open_bpmn(bpmn, file);
    } else {
      problems.push(`${file}: not an export this script opens`);
    }
  }
} finally {
  await browser.close();
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`open_exports: ${files.length} exports opened`);
