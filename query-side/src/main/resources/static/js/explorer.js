// The auditor's explorer: search the history, open an entity's timeline, read any event in full, verify the
// hash chain, download the export bundle and a signed digest.
import { api, el, fillTable, follow, format, progressView, query, session, statusBadge } from './ledger.js';

const PAGE = 50;
const form = document.querySelector('#search');
const results = document.querySelector('#results tbody');
const more = document.querySelector('#more');
const message = document.querySelector('#message');
let lastSearch;
let shown = [];

function fail(error) {
  message.textContent = error.status === 403 ? 'Your roles do not allow reading the history (AUDITOR).'
    : error.status === 404 ? error.message : `The request failed: ${error.message}`;
  message.hidden = false;
}

/** datetime-local has no zone; the explorer speaks UTC, as the history does. */
function utc(value) {
  if (!value) {
    return '';
  }
  return new Date(`${value.length === 16 ? `${value}:00` : value}Z`).toISOString();
}

function filters() {
  const data = new FormData(form);
  const text = (name) => (data.get(name) || '').trim();
  return {
    entity: text('entity'), type: text('type'), actor: text('actor'), correlationId: text('correlationId'),
    recordedFrom: utc(text('recordedFrom')), recordedTo: utc(text('recordedTo')),
  };
}

function select(row, entry) {
  results.querySelectorAll('tr[aria-selected]').forEach((r) => r.removeAttribute('aria-selected'));
  row.setAttribute('aria-selected', 'true');
  const meta = document.querySelector('#detail-meta');
  const fields = [
    ['Position', entry.position], ['Event id', entry.eventId], ['Type', entry.type], ['Java type', entry.payloadType],
    ['Revision', entry.revision], ['Entity', entry.entityType ? `${entry.entityType} ${entry.entityId}` : ''],
    ['Entity version', entry.entityVersion], ['Recorded', format.instant(entry.recordedAt)],
    ['Raised', format.instant(entry.timestamp)], ['Actor', entry.actor], ['Reason', entry.reason],
    ['Correlation id', entry.correlationId], ['Causation id', entry.causationId],
    ['Idempotency key', entry.idempotencyKey], ['Hash', entry.hash],
  ];
  meta.replaceChildren(...fields.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => {
    let value = String(v);
    if (k === 'Correlation id') {
      value = el('button', {
        type: 'button', className: 'link', id: 'search-correlation', text: v,
        title: 'Every event of this request or story', onclick: () => searchFor({ correlationId: v }),
      });
    } else if (k === 'Entity' && entry.entityId) {
      value = el('button', {
        type: 'button', className: 'link', id: 'open-timeline', text: value, onclick: () => timeline(entry.entityId),
      });
    } else if (k === 'Hash' || k.endsWith(' id')) {
      value = el('code', { text: value });
    }
    return [el('dt', { text: k }), el('dd', {}, value)];
  }));
  document.querySelector('#detail-payload').textContent = JSON.stringify(entry.payload, null, 2);
  document.querySelector('#detail-title').textContent = `Event ${entry.position}: ${entry.type}`;
  document.querySelector('#detail-empty').hidden = true;
  document.querySelector('#detail-body').hidden = false;
}

function show(entries, summary, append) {
  shown = append ? shown.concat(entries) : entries;
  fillTable(results, shown, [
    [(e) => e.position, 'num'], [(e) => format.instant(e.recordedAt)], [(e) => e.type], [(e) => e.entityId ?? ''],
    [(e) => e.entityVersion ?? '', 'num'], [(e) => e.actor],
  ], (row, entry) => {
    row.tabIndex = 0;
    row.addEventListener('click', () => select(row, entry));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(row, entry);
      }
    });
  });
  document.querySelector('#results-summary').textContent = summary(shown.length);
}

async function search(after, append) {
  message.hidden = true;
  try {
    const { body } = await api(`/api/events${query({ ...lastSearch, after, limit: PAGE })}`);
    more.hidden = body.complete;
    more.dataset.after = body.nextAfter;
    show(body.items, (n) => `${n} events found, searched up to position ${body.nextAfter} of ${body.headPosition}`
      + (body.complete ? '' : '; more may follow'), append);
  } catch (error) {
    fail(error);
  }
}

function searchFor(criteria) {
  form.reset();
  document.querySelector('#results-title').textContent = 'Events';
  for (const [name, value] of Object.entries(criteria)) {
    form.elements[name].value = value;
  }
  lastSearch = filters();
  return search(0, false);
}

async function timeline(entityId) {
  message.hidden = true;
  form.elements.entity.value = entityId;
  more.hidden = true;
  try {
    const { body } = await api(`/api/entities/${encodeURIComponent(entityId)}/history`);
    document.querySelector('#results-title').textContent = `Timeline of ${body.entityId}`;
    show(body.events, (n) => `${n} events, version ${body.version}`, false);
  } catch (error) {
    fail(error);
  }
}

/** Starts long work on the server and shows its progress in `target` until it ends; answers the finished run. */
async function runWithProgress(start, target, id) {
  const { body, headers } = await api(start, { method: 'POST' });
  target.replaceChildren(progressView(id, body));
  const run = await follow(headers.get('Location'), (now) => target.replaceChildren(progressView(id, now)));
  if (run.state === 'FAILED') {
    throw new Error(run.detail);
  }
  return run;
}

async function verify() {
  const target = document.querySelector('#integrity-result');
  target.replaceChildren(el('p', { className: 'hint', text: 'Verifying every event and the hash chain…' }));
  const button = document.querySelector('#verify');
  button.disabled = true;
  try {
    const run = await runWithProgress('/api/integrity/runs', target, 'verify-progress');
    const body = run.result;
    const fields = [['Result', statusBadge(body.valid ? 'valid' : 'invalid')], ['Events', format.number(body.events)],
      ['Head position', body.headPosition], ['Head hash', el('code', { text: body.headHash ?? '' })]];
    if (!body.valid) {
      fields.push(['First broken position', body.firstBrokenPosition], ['Problem', body.problem],
        ['Detail', body.detail]);
    }
    target.replaceChildren(progressView('verify-progress', run), el('dl', { className: 'meta', id: 'integrity-meta' },
      fields.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v instanceof Node ? v : String(v ?? ''))])));
  } catch (error) {
    target.replaceChildren();
    fail(error);
  } finally {
    button.disabled = false;
  }
}

async function exportRun() {
  const target = document.querySelector('#export-result');
  const button = document.querySelector('#export-run');
  button.disabled = true;
  try {
    const run = await runWithProgress('/api/exports/runs', target, 'export-progress');
    target.replaceChildren(progressView('export-progress', run), el('a', {
      id: 'export-download', href: `/api/exports/runs/${encodeURIComponent(run.id)}/bundle`, download: true,
      text: `Download the bundle: ${format.number(run.result.count)} events up to position ${run.result.headPosition}`,
    }));
  } catch (error) {
    target.replaceChildren();
    fail(error);
  } finally {
    button.disabled = false;
  }
}

let digestUrl;

async function digest() {
  try {
    const { body } = await api('/api/integrity/digest');
    const text = JSON.stringify(body, null, 2);
    document.querySelector('#digest-text').textContent = text;
    if (digestUrl) {
      URL.revokeObjectURL(digestUrl);
    }
    digestUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    document.querySelector('#digest-download').href = digestUrl;
    document.querySelector('#digest-result').hidden = false;
    document.querySelector('#digest-check-result').textContent = '';
  } catch (error) {
    fail(error);
  }
}

async function checkDigest() {
  const target = document.querySelector('#digest-check-result');
  try {
    const { body } = await api('/api/integrity/digest', {
      method: 'POST', body: JSON.parse(document.querySelector('#digest-text').textContent),
    });
    target.replaceChildren(statusBadge(body.extendsDigest && body.signatureValid ? 'valid' : 'invalid'), ' ',
      body.detail);
  } catch (error) {
    fail(error);
  }
}

async function start() {
  await session();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    document.querySelector('#results-title').textContent = 'Events';
    lastSearch = filters();
    search(0, false);
  });
  document.querySelector('#timeline-button').addEventListener('click', () => {
    const entity = form.elements.entity.value.trim();
    if (entity) {
      timeline(entity);
    } else {
      form.elements.entity.focus();
    }
  });
  more.addEventListener('click', () => search(Number(more.dataset.after), true));
  document.querySelector('#verify').addEventListener('click', verify);
  document.querySelector('#export-run').addEventListener('click', exportRun);
  document.querySelector('#digest').addEventListener('click', digest);
  document.querySelector('#digest-check').addEventListener('click', checkDigest);
  const entity = new URLSearchParams(window.location.search).get('entity');
  if (entity) {
    await timeline(entity);
  } else {
    lastSearch = filters();
    await search(0, false);
  }
}

start();
