// Runs: the list, a live progress bar for a running run, a run's report, and "recompute now".

import {h, replace} from '../dom.js';
import {duration, isActive, runProgress} from './logic.js';

const POLL_MS = 500;

export async function runs({api, f, canWrite, signal}) {
  const fmt = f(null);
  const table = h('div', {class: 'run-list'});
  const progressBox = h('div', {class: 'run-progress', 'aria-live': 'polite'});
  const report = h('div', {class: 'run-report'});
  const status = h('p', {class: 'status', role: 'status'});
  let watching = false;

  async function refresh() {
    const list = await api.get('runs?limit=20');
    replace(table, h('table', {},
      h('thead', {}, h('tr', {}, ['Run', 'State', 'Started by', 'Started', 'Took', 'Model', 'Contacts', '']
        .map((c) => h('th', {}, c)))),
      h('tbody', {}, list.map((r) => h('tr', {'data-run': r.id, 'data-state': r.state},
        h('td', {}, String(r.id)), h('td', {}, r.state.toLowerCase()), h('td', {}, r.triggeredBy || ''),
        h('td', {}, fmt.time(r.startedAt)),
        h('td', {}, r.finishedAt && r.startedAt ? duration(Date.parse(r.finishedAt) - Date.parse(r.startedAt)) : ''),
        h('td', {}, r.model || ''), h('td', {class: 'num'}, fmt.number(r.contactsTotal)),
        h('td', {}, h('button', {type: 'button', class: 'secondary', 'aria-label': `Report of run ${r.id}`,
          onclick: () => showReport(r.id)}, 'Report')))))));
    return list;
  }

  async function showReport(id) {
    const detail = await api.get(`runs/${id}`);
    const r = detail.report || {};
    const facts = [
      ['State', detail.run.state.toLowerCase()], ['As of', detail.run.asOf || ''],
      ['Orders read', fmt.number(r.ordersRead)], ['Orders counted', fmt.number(r.ordersCounted)],
      ['Orders skipped', Object.entries(r.ordersSkipped || {}).map(([k, v]) => `${k}: ${v}`).join(', ') || 'none'],
      ['Contacts scored', fmt.number(r.contactsScored)], ['Model', r.model || ''],
      ['Tier changes', fmt.number(r.tierChanges)],
      ['Time', Object.entries(r.millis || {}).map(([k, v]) => `${k} ${duration(v)}`).join(', ')],
    ];
    if (detail.run.error) facts.push(['Error', detail.run.error]);
    replace(report, h('h3', {}, `Report of run ${id}`),
      h('dl', {class: 'facts'}, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('details', {}, h('summary', {}, 'The whole report'), h('pre', {}, JSON.stringify(detail.report, null, 2))));
  }

  function showProgress(run) {
    const p = runProgress(run);
    replace(progressBox, h('p', {id: 'progress-label'}, `Run ${run.id}: ${p.label}`),
      h('progress', {max: 100, value: p.percent, 'aria-labelledby': 'progress-label', 'data-run': run.id,
        'data-state': run.state}, `${p.percent} %`));
  }

  /** Follows the newest run (or the one after `after`) until it finishes. */
  async function watch(after) {
    if (watching) return;
    watching = true;
    try {
      for (;;) {
        if (signal.aborted) return;
        const [newest] = await api.get('runs?limit=1');
        if (newest && (after === undefined || newest.id > after)) {
          showProgress(newest);
          if (!isActive(newest)) {
            status.textContent = newest.state === 'SUCCEEDED' ? `Run ${newest.id} published.`
              : `Run ${newest.id} failed: ${newest.error || 'see its report'}`;
            await refresh();
            return;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      watching = false;
    }
  }

  const start = h('button', {type: 'button', class: 'recompute', disabled: !canWrite, onclick: async () => {
    const [newest] = await api.get('runs?limit=1');
    try {
      await api.post('runs');
      status.textContent = 'A recompute has started.';
      watch(newest ? newest.id : 0);
    } catch (e) {
      status.textContent = e.message;
      if (e.status === 409) watch();
    }
  }}, 'Recompute now');

  const list = await refresh();
  if (list.length > 0 && isActive(list[0])) watch();
  return h('div', {class: 'runs'}, h('div', {class: 'actions'}, start, status), progressBox, table, report);
}
