// What every page shares: the person's session, API calls with it, and formatting.

let current;

const ABILITIES = {
  REPORTING: 'REPORTING: you read the views on any business date.',
  AUDITOR: 'AUDITOR: you read the views, the raw history, any past state (as of a position) and the integrity evidence.',
  OPERATIONS: 'OPERATIONS: you record what happens on the campus through the API; reading the views needs REPORTING.',
  ADMIN: 'ADMIN: you run the ledger (tokens, rebuilds, metrics); reading the views needs REPORTING.',
};

/** Loads who is logged in, fills the page header and answers {user, roles, csrf}. */
export async function session() {
  if (current) {
    return current;
  }
  const response = await fetch('/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (response.status === 401 || response.redirected) {
    window.location.assign('/login');
    throw new Error('Not logged in');
  }
  current = await response.json();
  document.querySelector('#who').textContent = `${current.user} (${current.roles.join(', ') || 'no role'})`;
  document.querySelector('#logout-csrf').name = current.csrf.parameterName;
  document.querySelector('#logout-csrf').value = current.csrf.token;
  document.querySelector('#nav-explorer').hidden = !hasRole('AUDITOR');
  const abilities = document.querySelector('#abilities');
  if (abilities) {
    abilities.textContent = current.roles.map((role) => ABILITIES[role]).join(' ') || 'Your user has no role.';
  }
  return current;
}

export function hasRole(role) {
  return Boolean(current && current.roles.includes(role));
}

/** A problem answer of the API, with its status and detail. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the API with the session; answers {body, position, headers}. Changes carry the CSRF token. */
export async function api(path, { method = 'GET', body, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (method !== 'GET') {
    headers[current.csrf.headerName] = current.csrf.token;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    window.location.assign('/login');
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, typeof parsed === 'object' ? parsed : { detail: parsed });
  }
  const position = response.headers.get('Event-Position');
  return { body: parsed, position: position === null ? null : Number(position), headers: response.headers };
}

/** Builds a query string from the defined, non-empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export const format = {
  euro: (text) => `EUR ${number.format(Number(text))}`,
  number: (value) => number.format(Number(value)),
  m2: (text) => `${number.format(Number(text))} m²`,
  instant: (text) => (text ? new Date(text).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''),
};

/** Creates an element with text and attributes; never parses HTML, so history text cannot inject markup. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'text') {
      node.textContent = value;
    } else if (key === 'className') {
      node.className = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Fills a table body with one row per item; columns are [text or node producer, optional cell class]. */
export function fillTable(tbody, items, columns, onRow) {
  tbody.replaceChildren(...items.map((item) => {
    const row = el('tr', {}, ...columns.map(([cell, kind]) => {
      const value = cell(item);
      return el('td', { className: kind }, value instanceof Node ? value : String(value ?? ''));
    }));
    if (onRow) {
      onRow(row, item);
    }
    return row;
  }));
}

export function statusBadge(status) {
  return el('span', { className: `status ${status}`, text: status });
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Follows long work the API started (a run or a rebuild at `location`) until it finishes, calling `onProgress` with
 * each answer; resolves with the last one. `figures` reads {done, total, perSecond, state} from an answer.
 */
export async function follow(location, onProgress, figures = (run) => run, every = 300) {
  for (;;) {
    const { body } = await api(location);
    onProgress(body);
    const { state } = figures(body);
    if (state === 'DONE' || state === 'FAILED') {
      return body;
    }
    await new Promise((resolve) => { setTimeout(resolve, every); });
  }
}

/** A progress bar with its figures in words: "40 of 104 commands (38%), 55 commands/s". */
export function progressView(id, { done, total, perSecond, state }, unit = 'events') {
  const bar = el('progress', { id, max: total > 0 ? total : undefined, value: total > 0 ? done : undefined });
  const percent = total > 0 ? ` (${Math.floor((done * 100) / total)}%)` : '';
  const words = `${format.number(done)}${total > 0 ? ` of ${format.number(total)}` : ''} ${unit}${percent}, `
    + `${format.number(perSecond ?? 0)} ${unit}/s, ${state}`;
  bar.setAttribute('aria-label', words);
  return el('div', { className: 'progress' }, bar, el('span', { className: 'hint', id: `${id}-text`, text: words }));
}
