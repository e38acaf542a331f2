// Audit: who changed what and when, newest first, each change as the fields it changed ("tiers[2].threshold:
// 500 → 450"), with more pages on request.

import {h, replace} from '../dom.js';
import {auditChanges} from './logic.js';

const PAGE = 50;

export async function audit({api, f, t}) {
  const fmt = f(null);
  const rows = h('tbody', {});
  const more = h('button', {type: 'button', class: 'secondary more', hidden: true}, t('audit.more'));
  let last = null;

  async function load() {
    const entries = await api.get(`audit?limit=${PAGE}` + (last ? `&before=${last}` : ''));
    rows.append(...entries.map((e) => h('tr', {'data-audit': e.id, 'data-action': e.action},
      h('td', {}, h('time', {datetime: e.at}, fmt.time(e.at))),
      h('td', {}, e.actor),
      h('td', {}, actionText(e.action, t), e.detail ? h('div', {class: 'muted'}, e.detail) : null),
      h('td', {class: 'changes'}, changeList(e, t)))));
    last = entries.length ? entries[entries.length - 1].id : last;
    more.hidden = entries.length < PAGE;
  }

  more.onclick = () => load();
  await load();
  return h('div', {class: 'audit'},
    rows.childElementCount === 0 ? h('p', {class: 'muted'}, t('audit.none')) : h('table', {class: 'audit-list'},
      h('thead', {}, h('tr', {}, ['audit.when', 'audit.who', 'audit.what', 'audit.changes'].map((key) =>
        h('th', {}, t(key))))), rows),
    more);
}

/** An audited action in words; one this console does not know by its name. */
function actionText(action, t) {
  const key = 'audit.action.' + action;
  return t(key) === key ? action : t(key);
}

/** The fields an entry changed, one a line; nothing when it records no state. */
function changeList(entry, t) {
  const changes = auditChanges(entry.before, entry.after);
  if (changes.length === 0) return '';
  return h('ul', {}, changes.map((c) => h('li', {}, h('code', {}, c.path), ': ',
    c.before === undefined ? t('audit.added', {value: c.after})
      : c.after === undefined ? t('audit.removed', {value: c.before})
        : t('audit.changed', {before: c.before, after: c.after}))));
}
