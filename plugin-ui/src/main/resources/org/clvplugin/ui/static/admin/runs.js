// Runs: the list, a live progress bar for a running run, a run's report, and "recompute now".

import {h, replace} from '../dom.js';
import {duration, isActive, runProgress} from './logic.js';

const POLL_MS = 500;

export async function runs({api, f, t, canWrite, signal}) {
  const fmt = f(null);
  const table = h('div', {class: 'run-list'});
  const progressBox = h('div', {class: 'run-progress', 'aria-live': 'polite'});
  const report = h('div', {class: 'run-report'});
  const status = h('p', {class: 'status', role: 'status'});
  let watching = false;

  async function refresh() {
    const list = await api.get('runs?limit=20');
    replace(table, h('table', {},
      h('thead', {}, h('tr', {}, ['runs.run', 'runs.state', 'runs.startedBy', 'runs.started', 'runs.took',
        'runs.model', 'runs.contacts'].map((key) => h('th', {}, t(key))).concat(h('th', {})))),
      h('tbody', {}, list.map((r) => h('tr', {'data-run': r.id, 'data-state': r.state},
        h('td', {}, String(r.id)), h('td', {}, t('state.' + r.state)), h('td', {}, r.triggeredBy || ''),
        h('td', {}, fmt.time(r.startedAt)),
        h('td', {}, r.finishedAt && r.startedAt ? duration(Date.parse(r.finishedAt) - Date.parse(r.startedAt), fmt)
          : ''),
        h('td', {}, r.model || ''), h('td', {class: 'num'}, fmt.number(r.contactsTotal)),
        h('td', {}, h('button', {type: 'button', class: 'secondary', 'aria-label': t('runs.reportOf', {id: r.id}),
          onclick: () => showReport(r.id)}, t('runs.report'))))))));
    return list;
  }

  async function showReport(id) {
    const detail = await api.get(`runs/${id}`);
    const r = detail.report || {};
    const facts = [
      ['runs.state', t('state.' + detail.run.state)], ['runs.asOf', detail.run.asOf ? fmt.day(detail.run.asOf) : ''],
      ['runs.ordersRead', fmt.number(r.ordersRead)], ['runs.ordersCounted', fmt.number(r.ordersCounted)],
      ['runs.ordersSkipped', Object.entries(r.ordersSkipped || {}).map(([k, v]) => `${k}: ${fmt.number(v)}`)
        .join(', ') || t('runs.none')],
      ['runs.contactsScored', fmt.number(r.contactsScored)], ['runs.model', r.model || ''],
      ['runs.tierChanges', fmt.number(r.tierChanges)],
      ['runs.time', Object.entries(r.millis || {}).map(([k, v]) => `${k} ${duration(v, fmt)}`).join(', ')],
    ];
    if (detail.run.error) facts.push(['runs.error', detail.run.error]);
    replace(report, h('h3', {}, t('runs.reportOf', {id})),
      h('dl', {class: 'facts'}, facts.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
      h('details', {}, h('summary', {}, t('runs.wholeReport')), h('pre', {}, JSON.stringify(detail.report, null, 2))));
  }

  function showProgress(run) {
    const p = runProgress(run, t, fmt);
    replace(progressBox, h('p', {id: 'progress-label'}, t('runs.progress', {id: run.id, label: p.label})),
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
            status.textContent = newest.state === 'SUCCEEDED' ? t('runs.published', {id: newest.id})
              : t('runs.failed', {id: newest.id, error: newest.error || t('runs.seeReport')});
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
      status.textContent = t('runs.startedNow');
      watch(newest ? newest.id : 0);
    } catch (e) {
      status.textContent = e.message;
      if (e.status === 409) watch();
    }
  }}, t('runs.recompute'));

  const list = await refresh();
  if (list.length > 0 && isActive(list[0])) watch();
  return h('div', {class: 'runs'}, h('div', {class: 'actions'}, start, status), progressBox, table, report);
}
