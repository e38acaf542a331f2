// Rules: the follow-up rules (a task for the contact's owner, or a signed webhook, when a value or tier changes
// between two runs): list, create, edit, dry run, firings, and the actions given up on with a retry.

import {h, replace} from '../dom.js';
import {field as fieldOf, showFieldErrors} from './fields.js';
import {vocabulary} from '../vocabulary.js';
import {describeTrigger, ruleFromForm, TRIGGER_PARAMETERS} from './logic.js';

/** The trigger kinds' labels; which kinds there are is the server's (vocabulary.js). */
export const KIND_LABELS = {TIER_UPGRADED: 'Tier upgraded', TIER_DOWNGRADED: 'Tier downgraded',
  TIER_ENTERED: 'Tier entered', CLV_ABOVE: 'CLV crossed above', CLV_BELOW: 'CLV crossed below',
  CHURN_RISK: 'Churn risk', CLV_CHANGED: 'CLV changed by more than'};

export async function rules({api, f, canWrite}) {
  const fmt = f(null);
  const [list, policy, dead, vocab] = await Promise.all([api.get('rules'), api.get('tiers'),
    api.get('rules/dead-letters?limit=50'), vocabulary(api)]);
  const root = h('div', {class: 'rules'});
  const status = h('p', {class: 'status', role: 'status'});

  async function retry(firing, after) {
    try {
      await api.post(`rules/firings/${firing.entryId}/retry`);
      status.textContent = `Firing ${firing.entryId} (${firing.partyId}) will be delivered again.`;
    } catch (e) {
      status.textContent = e.message;
    }
    after();
  }

  const retryButton = (x, after) => (canWrite && x.state === 'DEAD' ? h('button', {type: 'button',
    class: 'secondary retry', 'aria-label': `Retry firing ${x.entryId} for ${x.partyId}`,
    onclick: () => retry(x, after)}, 'Retry') : null);

  function deadLetters(items, deadOnes) {
    if (deadOnes.length === 0) return null;
    const names = new Map(items.map((r) => [r.id, r.name]));
    return h('section', {class: 'dead-letters', 'aria-labelledby': 'dead-title'},
      h('h3', {id: 'dead-title'}, `Given up on (${fmt.number(deadOnes.length)})`),
      h('p', {class: 'muted'}, 'These actions failed every attempt, or failed in a way trying again could not mend.'
        + ' Mend the cause (the receiver, the URL, the contact’s owner), then retry.'),
      h('table', {class: 'dead-list'},
        h('thead', {}, h('tr', {}, ['Rule', 'Contact', 'Change', 'Attempts', 'Error', ''].map((c) => h('th', {}, c)))),
        h('tbody', {}, deadOnes.map((x) => h('tr', {'data-entry': x.entryId},
          h('td', {}, names.get(x.ruleId) || String(x.ruleId)), h('td', {}, x.partyId), h('td', {}, x.transitionKey),
          h('td', {}, String(x.attempts)), h('td', {}, x.lastError || ''),
          h('td', {}, retryButton(x, () => refresh())))))));
  }

  function showList(items, deadOnes) {
    replace(root,
      h('p', {}, 'When a contact’s value or tier changes between two runs, a rule creates a task for the contact’s'
        + ' owner or sends a signed webhook: once per change, not again within its cooldown, at most its maximum per'
        + ' run.'),
      canWrite ? h('button', {type: 'button', class: 'new-rule', onclick: () => showForm(null)}, 'New rule') : null,
      status,
      items.length === 0 ? h('p', {class: 'muted'}, 'No rules yet.') : h('table', {class: 'rule-list'},
        h('thead', {}, h('tr', {}, ['Rule', 'When', 'Does', 'Cooldown', 'Max per run', ''].map((c) => h('th', {}, c)))),
        h('tbody', {}, items.map((r) => h('tr', {'data-rule': r.id},
          h('td', {}, r.name, r.enabled ? null : h('span', {class: 'muted'}, ' (off)')),
          h('td', {}, describeTrigger(r.trigger)), h('td', {}, r.action.kind === 'TASK' ? 'task' : 'webhook'),
          h('td', {}, r.cooldownHours ? `${r.cooldownHours} h` : 'none'),
          h('td', {}, r.maxPerRun === null ? 'no limit' : String(r.maxPerRun)),
          h('td', {}, canWrite ? h('button', {type: 'button', class: 'secondary edit', 'aria-label': `Edit ${r.name}`,
            onclick: () => showForm(r)}, 'Edit') : null,
          h('button', {type: 'button', class: 'secondary firings', 'aria-label': `Firings of ${r.name}`,
            onclick: () => showFirings(r)}, 'Firings')))))),
      deadLetters(items, deadOnes));
  }

  async function showFirings(rule) {
    const firings = await api.get(`rules/${rule.id}/firings?limit=100`);
    replace(root, h('h3', {}, `Firings of “${rule.name}”`),
      firings.length === 0 ? h('p', {class: 'muted no-firings'}, 'No firings yet: the rule fires on the next'
        + ' change between runs.') : h('table', {class: 'firing-list'},
        h('thead', {}, h('tr', {}, ['Contact', 'Change', 'Run', 'State', 'Attempts', 'Queued', 'Next attempt',
          'Delivered', 'Error', ''].map((c) => h('th', {}, c)))),
        h('tbody', {}, firings.map((x) => h('tr', {'data-entry': x.entryId}, h('td', {}, x.partyId),
          h('td', {}, x.transitionKey), h('td', {}, String(x.runId)), h('td', {class: 'state'}, x.state.toLowerCase()),
          h('td', {}, String(x.attempts)), h('td', {}, fmt.time(x.createdAt)),
          h('td', {}, x.nextAttemptAt && x.state !== 'DEAD' ? fmt.time(x.nextAttemptAt) : ''),
          h('td', {}, x.deliveredAt ? fmt.time(x.deliveredAt) : ''), h('td', {}, x.lastError || ''),
          h('td', {}, retryButton(x, () => showFirings(rule))))))),
      h('button', {type: 'button', class: 'secondary', onclick: () => refresh()}, 'Back to the rules'));
  }

  function showForm(rule) {
    const r = rule || {name: '', enabled: true, trigger: {kind: 'TIER_UPGRADED'}, filter: null,
      action: {kind: 'TASK', subject: 'Follow up with {name}: now {tier}', description: '', dueInDays: 3},
      cooldownHours: 0, maxPerRun: null};
    const dryBox = h('div', {class: 'dry-run', 'aria-live': 'polite'});
    const field = (name, label, input, help) => fieldOf('r-', name, label, input, help);
    const value = (v) => (v === null || v === undefined ? '' : String(v));
    const tierOptions = (selected) => policy.tiers.map((t) => h('option', {value: t.key,
      selected: selected === t.key || null}, t.displayName));
    const form = h('form', {novalidate: true, class: 'rule-form'},
      h('h3', {}, rule ? `Edit “${rule.name}”` : 'New rule'),
      field('name', 'Name', h('input', {value: r.name, maxlength: 200})),
      h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'enabled', checked: r.enabled || null}),
        ' Enabled'),
      h('fieldset', {}, h('legend', {}, 'When'),
        field('trigger.kind', 'Trigger', h('select', {onchange: () => showParameters()},
          vocab.triggerKinds.map((k) => h('option', {value: k, selected: k === r.trigger.kind || null},
            KIND_LABELS[k] || k)))),
        field('trigger.tier', 'Tier', h('select', {}, tierOptions(r.trigger.tier))),
        field('trigger.threshold', 'CLV threshold', h('input', {type: 'number', step: 'any', min: 0,
          value: value(r.trigger.threshold)}), 'for churn risk: only contacts worth more than this'),
        field('trigger.aliveBelow', 'Chance still active below', h('input', {type: 'number', step: '0.01', min: 0,
          max: 1, value: value(r.trigger.aliveBelow)}), '0 to 1'),
        field('trigger.percent', 'Change above (%)', h('input', {type: 'number', step: 'any', min: 0,
          value: value(r.trigger.percent)}))),
      h('fieldset', {}, h('legend', {}, 'For contacts'),
        h('div', {class: 'field', 'data-for': 'filter.tiers'}, h('span', {class: 'label'}, 'In tiers (none: any)'),
          h('div', {class: 'checks'}, policy.tiers.map((t) => h('label', {class: 'check'}, h('input', {type: 'checkbox',
            name: 'filter.tiers', value: t.key, checked: (r.filter && r.filter.tiers || []).includes(t.key) || null}),
          ` ${t.displayName}`))),
          h('span', {class: 'field-error error', 'data-error-for': 'filter.tiers'})),
        field('filter.segments', 'In segments (none: any)', h('select', {multiple: true, size: 4},
          vocab.segments.map((sg) => h('option', {value: sg,
            selected: (r.filter && r.filter.segments || []).includes(sg) || null}, sg)))),
        field('filter.owner', 'Owned by (party id)', h('input', {value: value(r.filter && r.filter.owner),
          maxlength: 20})),
        field('filter.minClv', 'CLV at least', h('input', {type: 'number', step: 'any', min: 0,
          value: value(r.filter && r.filter.minClv)}))),
      h('fieldset', {}, h('legend', {}, 'Do'),
        field('action.kind', 'Action', h('select', {onchange: () => showParameters()},
          [['TASK', 'A task for the contact’s owner'], ['WEBHOOK', 'A signed webhook']].map(([k, text]) =>
            h('option', {value: k, selected: k === r.action.kind || null}, text)))),
        field('action.subject', 'Task subject', h('input', {value: value(r.action.subject), maxlength: 2000}),
          'placeholders: {name} {partyId} {owner} {tier} {previousTier} {clv} {previousClv} {probabilityAlive}'
          + ' {segment} {run}'),
        field('action.description', 'Task description', h('input', {value: value(r.action.description),
          maxlength: 2000})),
        field('action.dueInDays', 'Due in days', h('input', {type: 'number', min: 0, max: 365,
          value: value(r.action.dueInDays)})),
        field('action.url', 'Webhook URL', h('input', {type: 'url', value: value(r.action.url), maxlength: 2000}),
          'https, to a public address unless the allow-list setting names the host'),
        field('secret', 'Webhook secret', h('input', {type: 'password', autocomplete: 'new-password',
          maxlength: 256}), r.secretSet ? 'a secret is set and never shown; leave empty to keep it'
          : '16 to 256 characters; the receiver checks each event’s HMAC-SHA256 signature with it')),
      h('fieldset', {}, h('legend', {}, 'Safeguards'),
        field('cooldownHours', 'Cooldown per contact (hours)', h('input', {type: 'number', min: 0,
          value: value(r.cooldownHours)})),
        field('maxPerRun', 'At most per run (empty: no limit)', h('input', {type: 'number', min: 1,
          value: value(r.maxPerRun)}))),
      h('p', {class: 'error form-error', role: 'alert'}),
      h('div', {class: 'actions'},
        h('button', {type: 'button', class: 'secondary dry', onclick: () => dryRun()}, 'Dry run'),
        canWrite ? h('button', {type: 'submit', class: 'save-rule'}, 'Save the rule') : null,
        h('button', {type: 'button', class: 'secondary', onclick: () => refresh()}, 'Cancel')),
      dryBox);
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      try {
        const body = ruleFromForm(form);
        if (rule) await api.put(`rules/${rule.id}`, body);
        else await api.post('rules', body);
        status.textContent = `Saved “${body.name}”.`;
        refresh();
      } catch (e) {
        showErrors(e);
      }
    };

    function showParameters() {
      const kind = form.elements['trigger.kind'].value;
      for (const name of ['trigger.tier', 'trigger.threshold', 'trigger.aliveBelow', 'trigger.percent']) {
        form.querySelector(`[data-for="${name}"]`).hidden = !TRIGGER_PARAMETERS[kind].includes(name.slice(8));
      }
      const task = form.elements['action.kind'].value === 'TASK';
      for (const name of ['action.subject', 'action.description', 'action.dueInDays']) {
        form.querySelector(`[data-for="${name}"]`).hidden = !task;
      }
      form.querySelector('[data-for="action.url"]').hidden = task;
      form.querySelector('[data-for="secret"]').hidden = task;
    }

    function showErrors(e) {
      const unplaced = showFieldErrors(form, new Map(Object.entries(e.fieldErrors || {})));
      form.querySelector('.form-error').textContent = unplaced.length ? unplaced.join('; ')
        : Object.keys(e.fieldErrors || {}).length ? '' : e.message;
    }

    async function dryRun() {
      replace(dryBox, h('p', {class: 'muted'}, 'Trying the rule on the last change between runs…'));
      try {
        const result = await api.post('rules/dry-run?sample=5', ruleFromForm(form));
        showErrors({fieldErrors: {}, message: ''});
        replace(dryBox, result.note ? h('p', {class: 'dry-result'}, result.note) : [
          h('p', {class: 'dry-result'}, `From run ${result.fromRun} to run ${result.toRun} the rule would fire for `
            + `${fmt.number(result.wouldFire)} contact(s); held back: ${fmt.number(result.overMaximum)} over the `
            + `maximum, ${fmt.number(result.coolingDown)} in their cooldown. Nothing was sent or saved.`),
          result.sample.length ? h('ul', {class: 'dry-sample'}, result.sample.map((ev) => h('li', {},
            `${ev.contact.name || ev.contact.partyId} (${ev.contact.partyId}): `
            + `${(ev.transition.before && ev.transition.before.tierKey) || 'no tier'} → `
            + `${ev.transition.after.tierKey || 'no tier'}, CLV ${fmt.number(ev.transition.after.clv, 2)}`
            + (ev.task ? `; task “${ev.task.subject}” for ${ev.task.ownerPartyId || 'no owner'}` : '')))) : null]);
      } catch (e) {
        replace(dryBox);
        showErrors(e);
      }
    }

    replace(root, form);
    showParameters();
  }

  async function refresh() {
    const [items, deadOnes] = await Promise.all([api.get('rules'), api.get('rules/dead-letters?limit=50')]);
    showList(items, deadOnes);
  }

  showList(list, dead);
  return root;
}
