import { chromium } from 'playwright';
const index = await (await fetch('http://localhost:6006/index.json')).json();
const ids = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .map((e) => e.id);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const external = new Set();
page.on('request', (r) => {
  const u = new URL(r.url());
  if (!['localhost', '127.0.0.1'].includes(u.hostname) && u.protocol.startsWith('http')) external.add(r.url());
});
const problems = [];
page.on('console', (m) => {
  if (m.type() === 'warning' || m.type() === 'error') problems.push(`${m.type()}: ${m.text().slice(0, 200)}`);
});
for (const id of ids)
  for (let attempt = 0; attempt < 3; attempt++)
    try {
      problems.length = 0;
      await page.goto(`http://localhost:6006/iframe.html?id=${id}&viewMode=story&globals=locale:se`);
      const result = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            const t = setTimeout(() => resolve({ timeout: true }), 25000);
            channel.on('storyFinished', (e) => {
              clearTimeout(t);
              resolve({
                status: e.status,
                reporters: e.reporters?.map((r) => ({
                  type: r.type,
                  status: r.status,
                  violations: r.result?.violations?.map((v) => v.id + ' ' + v.nodes.map((n) => n.target.join(' ')).join(';')),
                  error: r.result?.error && String(r.result.error),
                })),
              });
            });
          }),
      );
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('kommune-participation-ladder')].map(
          (e) => `${e.closest('[lang]')?.getAttribute('lang')}/${e.getAttribute('lang') ?? ''}:${e.getAttribute('state')}`,
        ),
      );
      console.log(id, JSON.stringify(result), states.join(' '), problems.filter((p) => !p.includes('[kommune-widgets]')).join(' | '));
      break;
    } catch (e) {
      console.log('retry', id, String(e).slice(0, 80));
    }
console.log('external requests:', [...external]);
await browser.close();
