// The campus dashboard: occupancy, jobs, funding, reports and the latest events, on a business date and,
// for auditors, as of a position of the history.
import {
  api, el, fillTable, follow, format, hasRole, progressView, query, session, statusBadge, today,
} from './ledger.js';

const FIRST_QUARTER_END = '2022-12-31';
const charts = {};

function chart(id) {
  charts[id] ??= globalThis.echarts.init(document.getElementById(id), null, { renderer: 'svg' });
  return charts[id];
}

window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

/** Quarter ends from the end of 2022 up to the date, and the date itself. */
function quarterEnds(date) {
  const ends = [];
  let year = 2022;
  let quarter = 4;
  for (;;) {
    const month = quarter * 3;
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end >= date) {
      break;
    }
    ends.push(end);
    quarter = quarter === 4 ? 1 : quarter + 1;
    year = quarter === 1 ? year + 1 : year;
  }
  if (date < FIRST_QUARTER_END || ends[ends.length - 1] !== date) {
    ends.push(date);
  }
  return ends;
}

function targetLines(targets, unit) {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed' },
    label: { formatter: (p) => `${p.name}: ${format.number(p.value)}${unit}`, position: 'insideEndTop' },
    data: targets.map(([name, value]) => ({ name, yAxis: value })),
  };
}

async function occupancy(params) {
  const dates = quarterEnds(params.date);
  const answers = await Promise.all(dates.map((date) => api(`/api/occupancy${query({ ...params, date })}`)));
  const latest = answers[answers.length - 1].body;
  chart('occupancy-chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['Leased m²', 'Available m²'] },
    grid: { left: 60, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: dates },
    yAxis: { type: 'value', max: 32000, axisLabel: { formatter: (v) => format.number(v) } },
    series: [
      { name: 'Leased m²', type: 'line', areaStyle: {}, data: answers.map((a) => Number(a.body.total.leasedArea)),
        markLine: targetLines([['First phase', 8000], ['Goal', 30000]], ' m²') },
      { name: 'Available m²', type: 'line', step: 'end', data: answers.map((a) => Number(a.body.total.area)) },
    ],
  }, true);
  fillTable(document.querySelector('#occupancy-table tbody'), [...latest.byType, latest.total], [
    [(l) => l.type.replace('_', ' ').toLowerCase()],
    [(l) => l.units, 'num'], [(l) => format.m2(l.area), 'num'], [(l) => format.m2(l.leasedArea), 'num'],
    [(l) => format.m2(l.freeArea), 'num'], [(l) => `${l.occupancyRate} %`, 'num'],
  ]);
  const firstPhase = latest.targets.find((t) => t.name === 'FIRST_PHASE');
  document.querySelector('#figure-leased').textContent = format.m2(latest.total.leasedArea);
  document.querySelector('#figure-first-phase').textContent = `${firstPhase.leasedPercent} %`;
  return answers[answers.length - 1].position;
}

async function jobs(params) {
  const { body, position } = await api(`/api/jobs${query({ ...params, size: 1 })}`);
  const quarters = body.perQuarter;
  chart('jobs-chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['Net jobs', 'Created in the quarter'] },
    grid: { left: 60, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: quarters.map((q) => q.quarter) },
    yAxis: { type: 'value', max: 5200 },
    series: [
      { name: 'Net jobs', type: 'line', data: quarters.map((q) => q.cumulativeNet),
        markLine: targetLines([['This campus', 600], ['Thor Park, ten years', 5000]], '') },
      { name: 'Created in the quarter', type: 'bar', data: quarters.map((q) => q.created) },
    ],
  }, true);
  fillTable(document.querySelector('#jobs-table tbody'), body.targets, [
    [(t) => (t.name === 'FIRST_PHASE' ? 'This campus, first phase' : 'Thor Park, ten years')],
    [(t) => format.number(t.jobs), 'num'], [(t) => `${t.netPercent} %`, 'num'],
  ]);
  document.querySelector('#figure-jobs').textContent = format.number(body.totals.net);
  return position;
}

async function funding(params) {
  const list = await api(`/api/funding-programmes${query({ ...params, size: 1 })}`);
  const first = list.body.items[0];
  if (!first) {
    document.querySelector('#programme-name').textContent = 'No funding programme is recorded yet.';
    return list.position;
  }
  const { body, position } = await api(`/api/funding-programmes/${encodeURIComponent(first.id)}${query(params)}`);
  const kinds = ['committed', 'requested', 'paid', 'remaining'];
  chart('funding-chart').setOption({
    tooltip: { trigger: 'axis', valueFormatter: (v) => format.euro(v) },
    legend: { data: kinds },
    grid: { left: 70, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: body.sources.map((s) => s.code) },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => `${v / 1e6} M` } },
    series: kinds.map((kind) => ({ name: kind, type: 'bar', data: body.sources.map((s) => Number(s[kind])) })),
  }, true);
  document.querySelector('#programme-name').textContent = body.name;
  const amounts = [[(s) => format.euro(s.committed), 'num'], [(s) => format.euro(s.requested), 'num'],
    [(s) => format.euro(s.paid), 'num'], [(s) => format.euro(s.remaining), 'num']];
  fillTable(document.querySelector('#funding-table tbody'), body.sources,
    [[(s) => el('span', {}, el('strong', { text: s.code }), el('span', { className: 'source-name', text: s.name }))],
      ...amounts]);
  fillTable(document.querySelector('#funding-table tfoot'), [{ code: 'Total', ...body.totals }],
    [[(s) => s.code], ...amounts]);
  fillTable(document.querySelector('#reports-table tbody'), body.reports, [
    [(r) => `${r.periodFrom} – ${r.periodTo}`, 'nowrap'], [(r) => r.kind.toLowerCase()], [(r) => statusBadge(r.status)],
    [(r) => r.summary], [(r) => r.trail.map((t) => t.action.toLowerCase()).join(' → ')],
  ]);
  document.querySelector('#figure-paid').textContent = format.euro(body.totals.paid);
  return position;
}

async function tenants(params) {
  const { body, position } = await api(`/api/tenants${query({ ...params, size: 500 })}`);
  document.querySelector('#figure-tenants').textContent = body.items.filter((t) => t.status === 'ON_CAMPUS').length;
  return position;
}

async function latestEvents(params) {
  const table = document.querySelector('#events-table');
  if (!hasRole('AUDITOR')) {
    table.hidden = true;
    document.querySelector('#events-hint').hidden = false;
    return null;
  }
  const head = params.asOfPosition
    ? Number(params.asOfPosition)
    : (await api('/api/events?after=0&limit=1')).body.headPosition;
  const page = await api(`/api/events${query({ after: Math.max(0, head - 10), limit: 10 })}`);
  const items = page.body.items.filter((e) => e.position <= head).reverse();
  fillTable(table.querySelector('tbody'), items, [
    [(e) => e.position, 'num'], [(e) => format.instant(e.recordedAt)], [(e) => e.type],
    [(e) => el('a', { href: `/explorer?entity=${encodeURIComponent(e.entityId ?? '')}`, text: e.entityId ?? '' })],
    [(e) => e.actor], [(e) => e.reason ?? ''],
  ]);
  return head;
}

function readParams() {
  const url = new URLSearchParams(window.location.search);
  return { date: url.get('date') || today(), asOfPosition: hasRole('AUDITOR') ? url.get('asOfPosition') || '' : '' };
}

async function show() {
  const params = readParams();
  document.querySelector('#business-date').value = params.date;
  document.querySelector('#as-of-position').value = params.asOfPosition;
  document.querySelectorAll('.on-date').forEach((span) => { span.textContent = params.date; });
  const message = document.querySelector('#message');
  message.hidden = true;
  document.body.setAttribute('aria-busy', 'true');
  try {
    const positions = await Promise.all([occupancy(params), jobs(params), funding(params), tenants(params),
      latestEvents(params)]);
    const viewPositions = positions.slice(0, 4).filter((p) => p !== null);
    document.querySelector('#reflects').textContent = `Business date ${params.date}; the views reflect position `
      + `${Math.min(...viewPositions)}${params.asOfPosition ? ` (as of position ${params.asOfPosition})` : ''}.`;
    document.querySelector('#dashboard').hidden = false;
    Object.values(charts).forEach((c) => c.resize());
  } catch (error) {
    message.textContent = error.status === 403
      ? 'Your roles do not include reading the views (REPORTING or AUDITOR).'
      : `The dashboard could not be loaded: ${error.message}`;
    message.hidden = false;
  } finally {
    document.body.setAttribute('aria-busy', 'false');
  }
}

/** A rebuild answers its position against the head; the bar shows it as events done of the total. */
function rebuildFigures(rebuild) {
  return { done: rebuild.position, total: rebuild.head, perSecond: rebuild.eventsPerSecond, state: rebuild.state };
}

function showRebuild(rebuild) {
  document.querySelector('#rebuild-progress').replaceChildren(
    progressView('rebuild-bar', rebuildFigures(rebuild)),
    el('p', { className: 'hint', text: `${rebuild.id} of ${rebuild.views.join(', ')}`
      + `${rebuild.error ? `: ${rebuild.error}` : ''}` }),
  );
}

async function followRebuild(location) {
  const button = document.querySelector('#rebuild-start');
  button.disabled = true;
  try {
    await follow(location, showRebuild, rebuildFigures, 500);
  } finally {
    button.disabled = false;
  }
}

/** Administrators start a rebuild here and follow it; the latest one is shown when the page opens. */
async function rebuilds() {
  if (!hasRole('ADMIN')) {
    return;
  }
  document.querySelector('#rebuilds').hidden = false;
  document.querySelector('#rebuild-start').addEventListener('click', async () => {
    try {
      const { body, headers } = await api('/api/admin/rebuilds', { method: 'POST', body: {} });
      showRebuild(body);
      await followRebuild(headers.get('Location'));
    } catch (error) {
      document.querySelector('#rebuild-progress').textContent = `The rebuild could not be started: ${error.message}`;
    }
  });
  const { body } = await api('/api/admin/rebuilds');
  const latest = body.rebuilds[body.rebuilds.length - 1];
  if (latest) {
    showRebuild(latest);
    if (latest.state !== 'DONE' && latest.state !== 'FAILED') {
      followRebuild(`/api/admin/rebuilds/${encodeURIComponent(latest.id)}`);
    }
  }
}

/** While the demo campus is loaded at start-up, say how far it is, and show the whole campus once it is done. */
async function demoLoad() {
  if (!hasRole('REPORTING') && !hasRole('AUDITOR')) {
    return;
  }
  let run;
  try {
    ({ body: run } = await api('/api/demo-load'));
  } catch (error) {
    return; // no demo load in this ledger, or not on this service
  }
  if (!run || run.state !== 'RUNNING') {
    return;
  }
  const banner = document.querySelector('#demo-load');
  const target = document.querySelector('#demo-load-progress');
  banner.hidden = false;
  const done = await follow('/api/demo-load',
    (now) => target.replaceChildren(progressView('demo-load-bar', now, 'commands')), undefined, 500);
  target.replaceChildren(progressView('demo-load-bar', done, 'commands'));
  document.querySelector('#demo-load-title').textContent = done.state === 'DONE'
    ? 'The demo campus is loaded' : 'The demo campus load stopped';
  await show();
}

async function start() {
  await session();
  rebuilds().catch(() => {});
  demoLoad();
  const asOf = document.querySelector('#as-of-position');
  asOf.disabled = !hasRole('AUDITOR');
  document.querySelector('#view-controls').addEventListener('submit', (event) => {
    event.preventDefault();
    const search = query({ date: document.querySelector('#business-date').value, asOfPosition: asOf.value });
    window.history.pushState(null, '', `/${search}`);
    show();
  });
  document.querySelector('#latest').addEventListener('click', () => {
    window.history.pushState(null, '', '/');
    show();
  });
  window.addEventListener('popstate', show);
  await show();
}

start();
