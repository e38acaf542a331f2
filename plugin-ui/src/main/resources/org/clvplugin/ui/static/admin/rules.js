// Rules: the follow-up rules (a task for the contact's owner, or a signed webhook, when a value or tier changes
// between two runs): list, create, edit, dry run, firings, and the actions given up on with a retry.

import {h, replace} from '../dom.js';
import {field as fieldOf, showFieldErrors} from './fields.js';
import {vocabulary} from '../vocabulary.js';
import {describeTrigger, ruleFromForm, TRIGGER_PARAMETERS} from './logic.js';

/** The message keys of the trigger kinds' labels; which kinds there are is the server's (vocabulary.js). */
export const KIND_LABELS = Object.fromEntries(['TIER_UPGRADED', 'TIER_DOWNGRADED', 'TIER_ENTERED', 'CLV_ABOVE',
  'CLV_BELOW', 'CHURN_RISK', 'CLV_CHANGED'].map((kind) => [kind, 'trigger.' + kind]));

export async function rules({api, f, t, canWrite, contactLink}) {
  const fmt = f(null);
  const [list, policy, dead, vocab] = await Promise.all([api.get('rules'), api.get('tiers'),
    api.get('rules/dead-letters?limit=50'), vocabulary(api)]);
  const root = h('div', {class: 'rules'});
  const tierNames = new Map(policy.tiers.map((tier) => [tier.key, tier.displayName]));
  const status = h('p', {class: 'status', role: 'status'});

  async function retry(firing, after) {
    try {
      await api.post(`rules/firings/${firing.entryId}/retry`);
      status.textContent = t('rules.willRetry', {id: firing.entryId, party: firing.partyId});
    } catch (e) {
      status.textContent = e.message;
    }
    after();
  }

  const money = f(null);
  /** The contact by name, leading to its page, with its id. */
  const contactCell = (x) => h('td', {}, h('a', {href: contactLink(x.partyId)}, x.contactName || x.partyId),
    h('div', {class: 'muted'}, x.partyId));
  /** The change in words: the tiers by name, the value before and after. */
  const changeCell = (x) => h('td', {}, x.fromTier || x.toTier
    ? `${x.fromTier || t('card.noTier')} → ${x.toTier || t('card.noTier')}` : x.transitionKey,
  typeof x.clvAfter === 'number' ? h('div', {class: 'muted'}, typeof x.clvBefore === 'number'
    ? `${money.money(x.clvBefore)} → ${money.money(x.clvAfter)}` : money.money(x.clvAfter)) : null);
  const ownerCell = (x) => h('td', {}, x.ownerName || x.ownerPartyId || '');

  const retryButton = (x, after) => (canWrite && x.state === 'DEAD' ? h('button', {type: 'button',
    class: 'secondary retry', 'aria-label': t('rules.retryLabel', {id: x.entryId, party: x.partyId}),
    onclick: () => retry(x, after)}, t('rules.retry')) : null);

  function deadLetters(items, deadOnes) {
    if (deadOnes.length === 0) return null;
    const names = new Map(items.map((r) => [r.id, r.name]));
    return h('section', {class: 'dead-letters', 'aria-labelledby': 'dead-title'},
      h('h3', {id: 'dead-title'}, t('rules.deadTitle', {n: fmt.number(deadOnes.length)})),
      h('p', {class: 'muted'}, t('rules.deadHelp')),
      h('table', {class: 'dead-list'},
        h('thead', {}, h('tr', {}, ['rules.rule', 'rules.contact', 'rules.change', 'rules.ownerColumn',
          'rules.attempts', 'rules.error'].map((key) => h('th', {}, t(key))).concat(h('th', {})))),
        h('tbody', {}, deadOnes.map((x) => h('tr', {'data-entry': x.entryId},
          h('td', {}, names.get(x.ruleId) || String(x.ruleId)), contactCell(x), changeCell(x), ownerCell(x),
          h('td', {}, String(x.attempts)), h('td', {}, x.lastError || ''),
          h('td', {}, retryButton(x, () => refresh())))))));
  }

  /** Switches a rule on or off: the rule as it is, with only `enabled` changed (its secret kept). */
  async function setEnabled(r, on) {
    try {
      await api.put(`rules/${r.id}`, {name: r.name, enabled: on, trigger: r.trigger, filter: r.filter,
        action: r.action, cooldownHours: r.cooldownHours, maxPerRun: r.maxPerRun, secret: null});
      status.textContent = t(on ? 'rules.switchedOn' : 'rules.switchedOff', {name: r.name});
    } catch (e) {
      status.textContent = Object.values(e.fieldErrors ? e.fieldErrors(t, fmt) : {}).join(' ') || e.message;
    }
    refresh();
  }

  /** Deletes a rule once the admin confirms, saying what deleting does. */
  function confirmDelete(r, dialog) {
    replace(dialog, h('h3', {id: 'delete-title'}, t('rules.deleteTitle', {name: r.name})),
      h('p', {}, t('rules.deleteText')),
      h('form', {method: 'dialog', class: 'dialog-actions'},
        h('button', {value: 'cancel', class: 'secondary'}, t('common.cancel')),
        h('button', {value: 'delete', class: 'confirm-delete'}, t('rules.delete'))));
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'delete') return;
      try {
        await api.request('DELETE', `rules/${r.id}`);
        status.textContent = t('rules.deleted', {name: r.name});
      } catch (e) {
        status.textContent = e.message;
      }
      refresh();
    };
    dialog.showModal();
  }

  /** Sends a sample event to a webhook rule's URL and shows the request as it went (signature included) and the answer. */
  async function testWebhook(r, box) {
    replace(box, h('p', {class: 'muted'}, t('rules.testing')));
    try {
      const sent = await api.post(`rules/${r.id}/test-webhook`);
      const answer = sent.notSent ? t('rules.testNotSent', {reason: sent.notSent})
        : sent.failed ? t('rules.testFailed', {reason: sent.failed}) : t('rules.testStatus', {status: sent.status});
      replace(box, h('h3', {}, t('rules.testTitle', {name: r.name})),
        h('p', {class: 'test-answer', role: 'status'}, answer),
        sent.notSent ? null : h('details', {open: true}, h('summary', {}, t('rules.testRequest')),
          h('pre', {class: 'test-request'}, [`POST ${sent.url}`,
            ...Object.entries(sent.headers).map(([name, value]) => `${name}: ${value}`), '', sent.body].join('\n'))));
    } catch (e) {
      replace(box, h('p', {class: 'error', role: 'alert'}, e.message));
    }
  }

  function showList(items, deadOnes) {
    const dialog = h('dialog', {'aria-labelledby': 'delete-title'});
    const testBox = h('section', {class: 'webhook-test', 'aria-live': 'polite'});
    replace(root, dialog,
      h('p', {}, t('rules.intro')),
      canWrite ? h('button', {type: 'button', class: 'new-rule', onclick: () => showForm(null)}, t('rules.new'))
        : null,
      status,
      items.length === 0 ? h('p', {class: 'muted'}, t('rules.none')) : h('table', {class: 'rule-list'},
        h('thead', {}, h('tr', {}, ['rules.rule', 'rules.when', 'rules.does', 'rules.cooldown', 'rules.maxPerRun']
          .map((key) => h('th', {}, t(key))).concat(h('th', {})))),
        h('tbody', {}, items.map((r) => h('tr', {'data-rule': r.id},
          h('td', {}, r.name, r.enabled ? null : h('span', {class: 'muted'}, ` ${t('rules.off')}`)),
          h('td', {}, describeTrigger(r.trigger, t, fmt, tierNames)),
          h('td', {}, t(r.action.kind === 'TASK' ? 'rules.task' : 'rules.webhook')),
          h('td', {}, r.cooldownHours ? t('rules.hours', {n: fmt.number(r.cooldownHours)}) : t('rules.noCooldown')),
          h('td', {}, r.maxPerRun === null ? t('rules.noLimit') : fmt.number(r.maxPerRun)),
          h('td', {}, canWrite ? [h('label', {class: 'check switch'}, h('input', {type: 'checkbox', role: 'switch',
            checked: r.enabled || null, 'aria-label': t('rules.enabledLabel', {name: r.name}),
            onchange: (e) => setEnabled(r, e.target.checked)}), ` ${t('rules.enabled')}`),
          h('button', {type: 'button', class: 'secondary edit', 'aria-label': t('rules.editLabel', {name: r.name}),
            onclick: () => showForm(r)}, t('rules.edit')),
          h('button', {type: 'button', class: 'secondary delete', 'aria-label': t('rules.deleteLabel', {name: r.name}),
            onclick: () => confirmDelete(r, dialog)}, t('rules.delete')),
          r.action.kind === 'WEBHOOK' ? h('button', {type: 'button', class: 'secondary test-webhook',
            'aria-label': t('rules.testLabel', {name: r.name}), onclick: () => testWebhook(r, testBox)},
          t('rules.test')) : null] : null,
          h('button', {type: 'button', class: 'secondary firings', 'aria-label': t('rules.firingsOf', {name: r.name}),
            onclick: () => showFirings(r)}, t('rules.firings'))))))),
      testBox,
      deadLetters(items, deadOnes));
  }

  async function showFirings(rule) {
    const firings = await api.get(`rules/${rule.id}/firings?limit=100`);
    replace(root, h('h3', {}, t('rules.firingsOf', {name: rule.name})),
      firings.length === 0 ? h('p', {class: 'muted no-firings'}, t('rules.noFirings')) : h('table',
        {class: 'firing-list'},
        h('thead', {}, h('tr', {}, ['rules.contact', 'rules.change', 'rules.ownerColumn', 'runs.run', 'runs.state',
          'rules.attempts', 'rules.queued', 'rules.nextAttempt', 'rules.delivered', 'rules.error']
          .map((key) => h('th', {}, t(key))).concat(h('th', {})))),
        h('tbody', {}, firings.map((x) => h('tr', {'data-entry': x.entryId}, contactCell(x), changeCell(x),
          ownerCell(x), h('td', {}, String(x.runId)),
          h('td', {class: 'state'}, t('delivery.' + x.state)),
          h('td', {}, String(x.attempts)), h('td', {}, fmt.time(x.createdAt)),
          h('td', {}, x.nextAttemptAt && x.state !== 'DEAD' ? fmt.time(x.nextAttemptAt) : ''),
          h('td', {}, x.deliveredAt ? fmt.time(x.deliveredAt) : ''), h('td', {}, x.lastError || ''),
          h('td', {}, retryButton(x, () => showFirings(rule))))))),
      h('button', {type: 'button', class: 'secondary', onclick: () => refresh()}, t('rules.back')));
  }

  function showForm(rule) {
    const r = rule || {name: '', enabled: true, trigger: {kind: 'TIER_UPGRADED'}, filter: null,
      action: {kind: 'TASK', subject: t('rules.defaultSubject'), description: '', dueInDays: 3},
      cooldownHours: 0, maxPerRun: null};
    const dryBox = h('div', {class: 'dry-run', 'aria-live': 'polite'});
    const field = (name, label, input, help) => fieldOf('r-', name, label, input, help);
    const value = (v) => (v === null || v === undefined ? '' : String(v));
    const tierOptions = (selected) => policy.tiers.map((tier) => h('option', {value: tier.key,
      selected: selected === tier.key || null}, tier.displayName));
    const form = h('form', {novalidate: true, class: 'rule-form'},
      h('h3', {}, rule ? t('rules.editTitle', {name: rule.name}) : t('rules.new')),
      field('name', t('rules.name'), h('input', {value: r.name, maxlength: 200})),
      h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'enabled', checked: r.enabled || null}),
        ` ${t('rules.enabled')}`),
      h('fieldset', {}, h('legend', {}, t('rules.when')),
        field('trigger.kind', t('rules.trigger'), h('select', {onchange: () => showParameters()},
          vocab.triggerKinds.map((k) => h('option', {value: k, selected: k === r.trigger.kind || null},
            KIND_LABELS[k] ? t(KIND_LABELS[k]) : k)))),
        field('trigger.tier', t('dash.tier'), h('select', {}, tierOptions(r.trigger.tier))),
        field('trigger.threshold', t('rules.threshold'), h('input', {type: 'number', step: 'any', min: 0,
          value: value(r.trigger.threshold)}), t('rules.thresholdHelp')),
        field('trigger.aliveBelow', t('rules.aliveBelow'), h('input', {type: 'number', step: '0.01', min: 0,
          max: 1, value: value(r.trigger.aliveBelow)}), t('rules.aliveBelowHelp')),
        field('trigger.percent', t('rules.percent'), h('input', {type: 'number', step: 'any', min: 0,
          value: value(r.trigger.percent)}))),
      h('fieldset', {}, h('legend', {}, t('rules.forContacts')),
        h('div', {class: 'field', 'data-for': 'filter.tiers'}, h('span', {class: 'label'}, t('rules.inTiers')),
          h('div', {class: 'checks'}, policy.tiers.map((tier) => h('label', {class: 'check'}, h('input',
            {type: 'checkbox', name: 'filter.tiers', value: tier.key,
              checked: (r.filter && r.filter.tiers || []).includes(tier.key) || null}), ` ${tier.displayName}`))),
          h('span', {class: 'field-error error', 'data-error-for': 'filter.tiers'})),
        field('filter.segments', t('rules.inSegments'), h('select', {multiple: true, size: 4},
          vocab.segments.map((sg) => h('option', {value: sg,
            selected: (r.filter && r.filter.segments || []).includes(sg) || null}, t.segment(sg))))),
        field('filter.owner', t('rules.owner'), h('input', {value: value(r.filter && r.filter.owner),
          maxlength: 20})),
        field('filter.minClv', t('rules.minClv'), h('input', {type: 'number', step: 'any', min: 0,
          value: value(r.filter && r.filter.minClv)}))),
      h('fieldset', {}, h('legend', {}, t('rules.do')),
        field('action.kind', t('rules.action'), h('select', {onchange: () => showParameters()},
          [['TASK', 'rules.taskForOwner'], ['WEBHOOK', 'rules.signedWebhook']].map(([k, key]) =>
            h('option', {value: k, selected: k === r.action.kind || null}, t(key))))),
        field('action.subject', t('rules.subject'), h('input', {value: value(r.action.subject), maxlength: 2000}),
          t('rules.placeholders', {list: '{name} {partyId} {owner} {tier} {previousTier} {clv} {previousClv} '
            + '{probabilityAlive} {segment} {run}'})),
        field('action.description', t('rules.description'), h('input', {value: value(r.action.description),
          maxlength: 2000})),
        field('action.dueInDays', t('rules.dueInDays'), h('input', {type: 'number', min: 0, max: 365,
          value: value(r.action.dueInDays)})),
        field('action.url', t('rules.url'), h('input', {type: 'url', value: value(r.action.url), maxlength: 2000}),
          t('rules.urlHelp')),
        field('secret', t('rules.secret'), h('input', {type: 'password', autocomplete: 'new-password',
          maxlength: 256}), t(r.secretSet ? 'rules.secretSet' : 'rules.secretHelp'))),
      h('fieldset', {}, h('legend', {}, t('rules.safeguards')),
        field('cooldownHours', t('rules.cooldownHours'), h('input', {type: 'number', min: 0,
          value: value(r.cooldownHours)})),
        field('maxPerRun', t('rules.maxPerRunField'), h('input', {type: 'number', min: 1,
          value: value(r.maxPerRun)}), t('rules.maxPerRunHelp'))),
      h('p', {class: 'error form-error', role: 'alert'}),
      h('div', {class: 'actions'},
        h('button', {type: 'button', class: 'secondary dry', onclick: () => dryRun()}, t('rules.dryRun')),
        canWrite ? h('button', {type: 'submit', class: 'save-rule'}, t('rules.save')) : null,
        h('button', {type: 'button', class: 'secondary', onclick: () => refresh()}, t('common.cancel'))),
      dryBox);
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      try {
        const body = ruleFromForm(form);
        if (rule) await api.put(`rules/${rule.id}`, body);
        else await api.post('rules', body);
        status.textContent = t('rules.saved', {name: body.name});
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

    /** Each refused field's problem beside it, in the console's language; none for null. */
    function showErrors(e) {
      const refused = e && e.fieldErrors ? e.fieldErrors(t, fmt) : {};
      const unplaced = showFieldErrors(form, new Map(Object.entries(refused)));
      form.querySelector('.form-error').textContent = unplaced.length ? unplaced.join('; ')
        : Object.keys(refused).length || !e ? '' : e.message;
    }

    async function dryRun() {
      replace(dryBox, h('p', {class: 'muted'}, t('rules.trying')));
      try {
        const result = await api.post('rules/dry-run?sample=5', ruleFromForm(form));
        showErrors(null);
        const tier = (key) => (key ? tierNames.get(key) || key : t('card.noTier'));
        replace(dryBox, result.note ? h('p', {class: 'dry-result'}, result.note) : [
          h('p', {class: 'dry-result'}, t.plural('rules.dryResult', result.wouldFire, fmt.number(result.wouldFire),
            {from: result.fromRun, to: result.toRun, over: fmt.number(result.overMaximum),
              cooling: fmt.number(result.coolingDown)})),
          result.sample.length ? h('ul', {class: 'dry-sample'}, result.sample.map((ev) => h('li', {},
            t('rules.dryEvent', {name: ev.contact.name || ev.contact.partyId, party: ev.contact.partyId,
              from: tier(ev.transition.before && ev.transition.before.tierKey), to: tier(ev.transition.after.tierKey),
              clv: fmt.number(ev.transition.after.clv, 2)})
            + (ev.task ? t('rules.dryTask', {subject: ev.task.subject,
              owner: ev.task.ownerPartyId || t('rules.noOwner')}) : '')))) : null]);
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
