import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { fullCalendarBundle } from './fullcalendar.mjs';
import { meetingsDocument } from './meetings.mjs';
import { coldPages, LONG_TASK_PAGE, MEETINGS_PATH, MANY_MEETINGS_PATH, PEER_MODULES } from './pages.mjs';
import { startServer } from './server.mjs';
const md = meetingsDocument(500, { months: 1 });
const pages = coldPages({}, md);
const server = await startServer({ mounts: { '/cdn/': 'dist/cdn' }, routes: {
  [MEETINGS_PATH]: { body: JSON.stringify(md) }, [MANY_MEETINGS_PATH]: { body: JSON.stringify(meetingsDocument(10000)) },
  [PEER_MODULES.fullcalendar]: { body: await fullCalendarBundle() }, [LONG_TASK_PAGE.path]: { body: LONG_TASK_PAGE.html },
  ...Object.fromEntries(pages.map((p) => [p.path, { body: p.html }])) } });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
tab.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
await tab.goto(server.origin + '/pages/fullcalendar-src.html');
await tab.evaluate(() => window.__bench.done);
console.log('fc', await tab.evaluate(() => [document.querySelectorAll('.fc-event').length, document.querySelector('.fc-toolbar-title')?.textContent, document.querySelector('.fc-col-header')?.textContent.slice(0,80), document.querySelector('.fc-event')?.textContent, document.body.scrollHeight]));
await tab.screenshot({ path: '/tmp/fc/fc.png' });
await tab.goto(server.origin + '/pages/calendar-src.html');
await tab.evaluate(() => window.__bench.done);
console.log('cal', await tab.evaluate(() => { const r = document.querySelector('kommune-meeting-calendar').shadowRoot; return [r.querySelectorAll('.cell-meeting, [part~=cell-meeting]').length, r.querySelectorAll('button').length, document.body.scrollHeight, r.textContent.replace(/\s+/g,' ').slice(0, 300)]; }));
await tab.screenshot({ path: '/tmp/fc/cal.png' });
await tab.goto(server.origin + LONG_TASK_PAGE.path);
await tab.evaluate(() => window.__bench.done);
await tab.locator('kommune-meeting-calendar input#search').pressSequentially('regulering', { delay: 100 });
await tab.waitForTimeout(700);
console.log('search', await tab.evaluate(() => { const r = document.querySelector('kommune-meeting-calendar').shadowRoot; return [r.querySelector('#search').value, r.querySelectorAll('[part~=cell-meeting]').length, document.querySelector('kommune-meeting-calendar').getAttribute('month')]; }));
await browser.close(); await server.close();
