// cc-assess web editor: one page over the JSON API of `cc-assess serve`.
// No library, no build step. Every text from files or users goes into the page with textContent (never as
// HTML); findings previews arrive as a node tree rendered by the server's safe Markdown renderer.
'use strict';

(function () {
  const token = document.querySelector('meta[name="cc-assess-token"]').getAttribute('content');
  const state = {
    meta: null,
    items: [],
    diagnostics: [],
    evidence: [],
    current: null, // {item, original, etag, level}
    dirty: false,
  };
  let words = {};
  let checkTimer = null;
  let previewTimer = null;
  let opening = 0; // the latest openItem call: an answer to an older one (a slower request) is dropped

  // ---------------------------------------------------------------------------------------------- helpers

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key in node && typeof value !== 'string') node[key] = value;
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  async function api(method, path, options) {
    const opts = options || {};
    const headers = { 'X-CC-Assess-Token': token };
    let body;
    if (opts.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/octet-stream';
      body = opts.body;
    }
    if (opts.etag) headers['If-Match'] = opts.etag;
    const answer = await fetch(path, { method, headers, body, credentials: 'omit', cache: 'no-store' });
    let data = null;
    try {
      data = await answer.json();
    } catch (err) {
      data = null;
    }
    return { status: answer.status, data };
  }

  function label(levelId) {
    if (!levelId) return words['not-assessed'];
    const level = state.meta.scale.find((lv) => lv.id === levelId);
    return level ? level.label : levelId;
  }

  // An item without a status of its own that an exclude: rule covers counts as N/A, with the rule's reason.
  function badge(itemId, status) {
    const rule = !status && state.meta.excluded[itemId];
    const na = rule && state.meta.scale.find((lv) => lv.points === null);
    if (!na) return el('span', { class: 'badge status-' + (status || 'none') }, label(status));
    return el('span', { class: 'badge excluded status-' + na.id, title: words.excluded + rule.reason },
      na.label + ' (' + words['excluded-short'] + ')');
  }

  function size(n) {
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KiB';
    return (n / 1024 / 1024).toFixed(1) + ' MiB';
  }

  // ---------------------------------------------------------------------------------------------- score

  async function refreshScore() {
    const box = clear(document.getElementById('score'));
    const { status, data } = await api('GET', '/api/score');
    if (status !== 200) {
      box.append(el('span', { class: 'score bad', id: 'overall' }, words['no-score']));
      return;
    }
    const overall = data.overall.score === null ? '—' : data.overall.score.toFixed(1);
    box.append(
      el('span', { class: 'score', id: 'overall', 'data-score': String(data.overall.score) },
        words.overall + ' ' + overall),
      el('span', { class: data.ready ? 'verdict ok' : 'verdict' }, data.ready ? words.ready : words['not-ready']),
      el('span', { class: 'counts' }, words['not-assessed'] + ' ' + data.counts.not_assessed + ' / ' + data.counts.total),
    );
  }

  async function refreshFolder() {
    const [items, diagnostics, evidence] = await Promise.all([
      api('GET', '/api/items'),
      api('GET', '/api/diagnostics'),
      api('GET', '/api/evidence'),
    ]);
    state.items = items.data || [];
    state.diagnostics = diagnostics.data || [];
    state.evidence = evidence.data || [];
    renderNav();
    await refreshScore();
  }

  // ---------------------------------------------------------------------------------------------- navigation

  function renderNav() {
    const nav = clear(document.getElementById('items'));
    const byId = new Map(state.items.map((row) => [row.item, row]));
    const errorItems = new Set(state.diagnostics.filter((d) => d.severity === 'error').map((d) => d.item));
    for (const domain of state.meta.domains) {
      const list = el('ul', {});
      for (const item of domain.items) {
        const row = byId.get(item.id) || {};
        const current = state.current && state.current.item === item.id;
        list.append(
          el('li', {},
            el('button', {
              type: 'button',
              class: 'item' + (current ? ' current' : '') + (errorItems.has(item.id) ? ' has-error' : ''),
              'data-item': item.id,
              onclick: () => choose(item.id),
            },
            el('span', { class: 'id' }, item.id + (item.key ? ' ★' : '')),
            el('span', { class: 'title' }, item.title),
            badge(item.id, row.status))));
      }
      nav.append(el('section', {}, el('h2', {}, domain.id + ' ' + domain.title), list));
    }
  }

  async function choose(itemId) {
    if (state.dirty && !window.confirm(words.discard)) return;
    await openItem(itemId);
  }

  // ---------------------------------------------------------------------------------------------- the form

  function catalogueItem(itemId) {
    for (const domain of state.meta.domains) {
      for (const item of domain.items) if (item.id === itemId) return item;
    }
    return null;
  }

  async function openItem(itemId) {
    const mine = ++opening;
    const { status, data } = await api('GET', '/api/responses/' + encodeURIComponent(itemId));
    // The user chose another item while this one loaded (e.g. a click during the first load): the newer wins,
    // whatever order the answers arrive in.
    if (mine !== opening) return false;
    if (status !== 200) {
      showMessage('error', words.failed + ' ' + ((data && data.message) || status));
      return;
    }
    const etag = data.etag;
    delete data.etag;
    const row = state.items.find((r) => r.item === itemId) || {};
    state.current = { item: itemId, original: data, etag, level: row.status || '' };
    state.dirty = false;
    if (window.location.hash !== '#' + itemId) history.replaceState(null, '', '#' + itemId);
    renderForm();
    renderNav();
    renderProblems(state.diagnostics.filter((d) => d.item === itemId));
    previewSoon(0);
    return true;
  }

  function field(labelText, control, extra) {
    return el('label', { class: 'field' + (extra ? ' ' + extra : '') }, el('span', { class: 'label' }, labelText), control);
  }

  function renderForm() {
    const cur = state.current;
    const spec = catalogueItem(cur.item);
    const data = cur.original;
    const main = clear(document.getElementById('editor'));

    const info = el('aside', { class: 'guidance' },
      el('h3', {}, words.requirement),
      el('p', { class: 'requirement' }, spec.requirement),
      spec.evidence.length ? el('h3', {}, words.guidance) : null,
      spec.evidence.length ? el('ul', {}, spec.evidence.map((text) => el('li', {}, text))) : null);

    const statusSelect = el('select', { id: 'status', name: 'status', onchange: changed },
      el('option', { value: '' }, words['not-assessed']),
      state.meta.scale.map((lv) => el('option', { value: lv.id }, lv.label)));
    statusSelect.value = cur.level || '';

    const naReason = el('input', { id: 'na_reason', type: 'text', value: data.na_reason || '', oninput: changed });
    const findings = el('textarea', { id: 'findings', rows: '8', oninput: () => { changed(); previewSoon(400); } });
    findings.value = typeof data.findings === 'string' ? data.findings : '';

    const form = el('form', { id: 'answer', onsubmit: (event) => { event.preventDefault(); save(); } },
      el('div', { class: 'row' },
        field(words.status, statusSelect),
        field(words['na-reason'], naReason, 'grow')),
      el('div', { class: 'findings' },
        field(words.findings, findings, 'grow'),
        el('div', { class: 'preview-box' },
          el('span', { class: 'label' }, words.preview),
          el('div', { id: 'preview', class: 'preview' }))),
      renderEvidence(data.evidence),
      renderActions(data.actions),
      el('div', { class: 'row' },
        field(words.assessor, el('input', { id: 'assessor', type: 'text', value: data.assessor || '', oninput: changed })),
        field(words['assessed-on'],
          el('input', { id: 'assessed_on', type: 'date', value: data.assessed_on || '', onchange: changed }))),
      el('div', { class: 'buttons' },
        el('button', { type: 'submit', id: 'save', class: 'primary' }, words.save),
        el('span', { id: 'message', role: 'status', 'aria-live': 'polite' })),
      el('div', { id: 'problems' }));

    main.append(
      el('h2', { id: 'item-heading' }, cur.item + ' ' + spec.title,
        spec.key ? el('span', { class: 'key' }, words['key-item']) : null,
        el('span', { class: 'weight' }, words.weight + ' ' + spec.weight)),
      el('div', { class: 'columns' }, form, info));
  }

  function renderEvidence(entries) {
    const list = Array.isArray(entries) ? entries : [];
    const known = new Map(state.evidence.map((f) => [f.ref, f]));
    const body = el('tbody', { id: 'evidence-rows' });
    const addRow = (entry) => {
      const file = known.get(entry.ref);
      const tr = el('tr', { class: 'evidence-row' },
        el('td', {}, el('input', { class: 'ev-ref', type: 'text', value: entry.ref || '', oninput: changed })),
        el('td', {}, el('input', { class: 'ev-note', type: 'text', value: entry.note || '', oninput: changed })),
        el('td', { class: 'file' }, file ? size(file.size) + ' · sha256 ' + file.sha256.slice(0, 12) + '…' : ''),
        el('td', {}, el('button', { type: 'button', onclick: () => { tr.remove(); changed(); } }, words.remove)));
      tr.entry = entry;
      body.append(tr);
    };
    list.forEach(addRow);
    const picker = el('input', { type: 'file', id: 'upload-file' });
    return el('fieldset', { class: 'evidence' },
      el('legend', {}, words.evidence),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, words.ref), el('th', {}, words.note),
        el('th', {}, words.size), el('th', {}))), body),
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'add-evidence', onclick: () => { addRow({ ref: '' }); changed(); } },
          words['add-evidence']),
        el('label', { class: 'upload' }, words.upload + ' ', picker),
        el('button', { type: 'button', id: 'upload', onclick: () => upload(picker) }, words.upload)));
  }

  function renderActions(entries) {
    const list = Array.isArray(entries) ? entries : [];
    const body = el('tbody', { id: 'action-rows' });
    const addRow = (entry) => {
      const status = el('select', { class: 'ac-status', onchange: changed },
        state.meta.action_statuses.map((s) => el('option', { value: s.id }, s.label)));
      const known = state.meta.action_statuses.some((s) => s.id === entry.status);
      if (!known && entry.status) status.append(el('option', { value: entry.status }, entry.status));
      status.value = entry.status || 'open';
      const tr = el('tr', { class: 'action-row' },
        el('td', {}, el('input', { class: 'ac-id', type: 'text', size: '4', value: entry.id || '', oninput: changed })),
        el('td', {}, el('input', { class: 'ac-description', type: 'text', value: entry.description || '', oninput: changed })),
        el('td', {}, el('input', { class: 'ac-owner', type: 'text', size: '8', value: entry.owner || '', oninput: changed })),
        el('td', {}, el('input', { class: 'ac-due', type: 'date', value: entry.due || '', onchange: changed })),
        el('td', {}, status),
        el('td', {}, el('button', { type: 'button', onclick: () => { tr.remove(); changed(); } }, words.remove)));
      tr.entry = entry;
      body.append(tr);
    };
    list.forEach(addRow);
    return el('fieldset', { class: 'actions' },
      el('legend', {}, words.actions),
      el('table', {}, el('thead', {}, el('tr', {},
        el('th', {}, words['action-id']), el('th', {}, words['action-description']), el('th', {}, words.owner),
        el('th', {}, words.due), el('th', {}, words['action-status']), el('th', {}))), body),
      el('button', {
        type: 'button',
        id: 'add-action',
        onclick: () => { addRow({ id: 'A' + (body.children.length + 1), status: 'open' }); changed(); },
      }, words['add-action']));
  }

  // Each entry keeps the keys it had (sha256, as_of, valid_until…); only what the form shows is set, and an
  // empty field that the entry did not have is not added, so an untouched answer sends back what it read.
  function setKey(target, key, value) {
    if (value === '' && !(key in target)) return;
    target[key] = value === '' ? null : value;
  }

  function collect() {
    const cur = state.current;
    const data = cur.original;
    const body = {};
    const level = document.getElementById('status').value;
    body.status = level === cur.level ? data.status : (level || null);
    body.na_reason = document.getElementById('na_reason').value || null;
    body.findings = document.getElementById('findings').value;
    body.evidence = Array.from(document.querySelectorAll('#evidence-rows tr')).map((tr) => {
      const entry = Object.assign({}, tr.entry);
      setKey(entry, 'ref', tr.querySelector('.ev-ref').value.trim());
      setKey(entry, 'note', tr.querySelector('.ev-note').value);
      return entry;
    });
    body.actions = Array.from(document.querySelectorAll('#action-rows tr')).map((tr) => {
      const entry = Object.assign({}, tr.entry);
      setKey(entry, 'id', tr.querySelector('.ac-id').value.trim());
      setKey(entry, 'description', tr.querySelector('.ac-description').value);
      setKey(entry, 'owner', tr.querySelector('.ac-owner').value);
      setKey(entry, 'due', tr.querySelector('.ac-due').value);
      const acStatus = tr.querySelector('.ac-status').value;
      if ('status' in entry || acStatus !== 'open') entry.status = acStatus; // open is the default
      return entry;
    });
    body.assessor = document.getElementById('assessor').value || null;
    body.assessed_on = document.getElementById('assessed_on').value || null;
    return body;
  }

  function changed() {
    state.dirty = true;
    showMessage('', words.unsaved);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 600);
  }

  // ---------------------------------------------------------------------------------------------- messages

  function showMessage(kind, text) {
    const box = document.getElementById('message');
    if (!box) return;
    box.className = kind;
    box.textContent = text;
  }

  function renderProblems(diagnostics, heading) {
    const box = document.getElementById('problems');
    if (!box) return;
    clear(box);
    if (heading) box.append(el('p', { class: 'error' }, heading));
    if (!diagnostics.length) {
      box.append(el('p', { class: 'muted', id: 'no-problems' }, words['no-problems']));
      return;
    }
    box.append(el('ul', { class: 'problems' }, diagnostics.map((d) =>
      el('li', { class: d.severity, 'data-code': d.code },
        el('span', { class: 'where' }, d.line + ':' + d.column),
        ' ' + d.message + ' ',
        el('code', {}, '[' + d.code + ']')))));
  }

  function showConflict(message) {
    const box = clear(document.getElementById('problems'));
    box.append(el('div', { class: 'conflict', id: 'conflict', role: 'alert' },
      el('p', {}, words.conflict),
      message ? el('p', { class: 'muted' }, message) : null,
      el('button', {
        type: 'button',
        id: 'reload',
        onclick: async () => {
          state.dirty = false;
          await refreshFolder();
          await openItem(state.current.item);
        },
      }, words.reload)));
    showMessage('error', '');
  }

  // ---------------------------------------------------------------------------------------------- server calls

  async function check() {
    if (!state.current) return;
    const itemId = state.current.item;
    const { status, data } = await api('POST', '/api/responses/' + encodeURIComponent(itemId) + '/check',
      { json: collect() });
    if (status === 200 && state.current && state.current.item === itemId) renderProblems(data.diagnostics);
  }

  function previewSoon(delay) {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, delay);
  }

  async function preview() {
    const area = document.getElementById('findings');
    const box = document.getElementById('preview');
    if (!area || !box) return;
    const { status, data } = await api('POST', '/api/preview', { json: { text: area.value } });
    if (status !== 200) return;
    clear(box).append(...data.nodes.map(buildNode));
  }

  const ALLOWED = new Set(['p', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'hr', 'br', 'a',
    's', 'del', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

  function buildNode(node) {
    if (typeof node === 'string') return document.createTextNode(node);
    const tag = ALLOWED.has(node.tag) ? node.tag : 'span';
    const out = document.createElement(tag);
    const href = node.attrs && node.attrs.href;
    if (tag === 'a' && typeof href === 'string' && (/^https?:\/\//i.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href))) {
      out.setAttribute('href', href);
      out.setAttribute('rel', 'noopener noreferrer');
      out.setAttribute('target', '_blank');
    }
    if (tag === 'ol' && node.attrs && /^\d+$/.test(node.attrs.start || '')) out.setAttribute('start', node.attrs.start);
    out.append(...(node.children || []).map(buildNode));
    return out;
  }

  async function save() {
    const cur = state.current;
    if (!cur) return;
    clearTimeout(checkTimer);
    showMessage('', words.saving);
    const { status, data } = await api('PUT', '/api/responses/' + encodeURIComponent(cur.item),
      { json: collect(), etag: cur.etag });
    if (status === 200) {
      cur.etag = data.etag;
      state.dirty = false;
      await refreshFolder();
      // Typed into the form while the save was on its way: keep the form (it holds the newer words), only the
      // list and score are refreshed; the next save sends them with the new etag.
      if (state.dirty || state.current !== cur) return true;
      if (!(await openItem(cur.item)) || state.dirty || state.current.item !== cur.item) return true;
      showMessage('ok', data.written ? words.saved : words.unchanged);
      renderProblems(data.diagnostics);
      return true;
    }
    if (status === 409) {
      showConflict(data && data.message);
    } else if (status === 422) {
      showMessage('error', '');
      renderProblems(data, words.invalid);
    } else {
      showMessage('error', words.failed + ' ' + ((data && data.message) || status));
    }
    return false;
  }

  async function upload(picker) {
    const file = picker.files && picker.files[0];
    if (!file) return;
    if (state.dirty && !(await save())) return;
    const cur = state.current;
    showMessage('', words.saving);
    const path = '/api/responses/' + encodeURIComponent(cur.item) + '/evidence?name=' + encodeURIComponent(file.name);
    const { status, data } = await api('POST', path, { body: file, etag: cur.etag });
    if (status === 201) {
      await refreshFolder();
      await openItem(cur.item);
      showMessage('ok', words.saved + ': ' + data.ref + ' (' + size(data.size) + ', sha256 ' + data.sha256 + ')');
    } else if (status === 409) {
      showConflict(data && data.message);
    } else if (status === 422) {
      renderProblems(data, words.invalid);
    } else {
      showMessage('error', words.failed + ' ' + ((data && data.message) || status));
    }
  }

  // ---------------------------------------------------------------------------------------------- start

  async function start() {
    const { status, data } = await api('GET', '/api/meta');
    if (status !== 200) {
      clear(document.getElementById('editor')).append(el('p', { class: 'error' }, (data && data.message) || String(status)));
      return;
    }
    state.meta = data;
    words = data.words;
    const where = [data.organization, data.site].filter(Boolean).join(' · ');
    document.getElementById('heading').textContent = words.title + (where ? ' — ' + where : '') + ' (' + data.folder + ')';
    await refreshFolder();
    const wanted = decodeURIComponent(window.location.hash.slice(1));
    const first = catalogueItem(wanted) ? wanted : data.domains[0].items[0].id;
    await openItem(first);
    window.addEventListener('beforeunload', (event) => {
      if (state.dirty) event.preventDefault();
    });
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 's') {
        event.preventDefault();
        save();
      }
    });
  }

  start();
})();
