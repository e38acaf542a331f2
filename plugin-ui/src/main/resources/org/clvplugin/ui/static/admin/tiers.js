// Tier policy editor: thresholds, names, colours and hysteresis, with a live what-if preview and a confirmed save.

import {histogram, responsive} from '../charts.js';
import {h, replace} from '../dom.js';
import {field as fieldOf, showFieldErrors} from './fields.js';
import {previewRows} from './logic.js';

const BASES = ['PREDICTED_CLV', 'HISTORICAL_VALUE', 'CLV_PERCENTILE'];

export async function tiers({api, f, t, canWrite, onSaved}) {
  const [policy, summary] = await Promise.all([api.get('tiers'), api.get('summary').catch(() => null)]);
  const fmt = f(summary ? summary.currency : null);
  let edited = structuredClone(policy);
  let timer = null;
  let previewTicket = 0;
  const errors = new Map();
  const status = h('p', {class: 'status', role: 'status'});
  const previewBox = h('div', {class: 'preview', 'aria-live': 'polite'});
  const chartBox = h('div', {class: 'chart'});
  const form = h('form', {novalidate: true, onsubmit: (ev) => {
    ev.preventDefault();
    confirmSave();
  }});
  const dialog = h('dialog', {'aria-labelledby': 'confirm-title'});

  const field = (name, label, input, help) => fieldOf('f-', name, label, input, help);
  const applyErrors = () => {
    formError.textContent = showFieldErrors(form, errors).join('; ');
  };
  const formError = h('p', {class: 'error', role: 'alert'});
  // The preview shown is of the policy as it was when it was asked for: marked stale from the next edit until a
  // new one arrives, and kept marked while the edited policy is refused.
  let shown = null;
  const markStale = (key) => {
    previewBox.dataset.stale = key ? 'true' : 'false';
    const note = previewBox.querySelector('.stale-note');
    if (note) note.textContent = key ? t(key) : '';
  };
  const onEdit = () => {
    markStale('tiers.previewUpdating');
    clearTimeout(timer);
    timer = setTimeout(preview, 250);
  };
  const numberOrText = (text) => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));

  function renderForm() {
    const rows = edited.tiers.map((tier, i) => h('tr', {'data-index': i},
      h('td', {}, field(`tiers[${i}].key`, t('tiers.key'), h('input', {value: tier.key, maxlength: 20, size: 10,
        disabled: !canWrite, oninput: (e) => { tier.key = e.target.value.toUpperCase(); onEdit(); }}))),
      h('td', {}, field(`tiers[${i}].displayName`, t('tiers.name'), h('input', {value: tier.displayName, maxlength: 100, size: 12,
        disabled: !canWrite, oninput: (e) => { tier.displayName = e.target.value; onEdit(); }}))),
      h('td', {}, field(`tiers[${i}].colour`, t('tiers.colour'), h('input', {type: 'color', value: tier.colour,
        disabled: !canWrite, oninput: (e) => { tier.colour = e.target.value.toUpperCase(); onEdit(); }}))),
      h('td', {}, field(`tiers[${i}].threshold`, t('tiers.from'), h('input', {type: 'number', step: 'any', min: 0,
        value: tier.threshold, disabled: !canWrite, class: 'threshold',
        oninput: (e) => { tier.threshold = numberOrText(e.target.value); onEdit(); }}))),
      h('td', {}, canWrite && edited.tiers.length > 1 ? h('button', {type: 'button', class: 'secondary',
        'aria-label': t('tiers.removeLabel', {name: tier.displayName}), onclick: () => {
          edited.tiers.splice(i, 1);
          renderForm();
          onEdit();
        }}, t('tiers.remove')) : null)));
    const hy = edited.hysteresis;
    replace(form,
      field('basis', t('tiers.basis'), h('select', {disabled: !canWrite, onchange: (e) => {
        edited.basis = e.target.value;
        onEdit();
      }}, BASES.map((value) => h('option', {value, selected: value === edited.basis || null}, t('basis.' + value))))),
      formError,
      h('table', {class: 'tier-table'}, h('caption', {class: 'visually-hidden'}, t('tiers.caption')),
        h('tbody', {}, rows)),
      canWrite ? h('button', {type: 'button', class: 'secondary', onclick: () => {
        const last = edited.tiers[edited.tiers.length - 1];
        edited.tiers.push({key: `TIER_${edited.tiers.length + 1}`,
          displayName: t('tiers.newName', {n: edited.tiers.length + 1}),
          colour: '#3B82F6', threshold: (Number(last && last.threshold) || 0) * 2 || 100});
        renderForm();
        onEdit();
      }}, t('tiers.add')) : null,
      h('fieldset', {}, h('legend', {}, t('tiers.hysteresis')),
        field('hysteresis.grace', t('tiers.grace'), h('input', {type: 'number', min: 0, value: hy.grace,
          disabled: !canWrite, oninput: (e) => { hy.grace = numberOrText(e.target.value); onEdit(); }}),
        t('tiers.graceHelp')),
        field('hysteresis.minimumInTier', t('tiers.minimum'), h('input', {type: 'number', min: 0,
          value: hy.minimumInTier, disabled: !canWrite,
          oninput: (e) => { hy.minimumInTier = numberOrText(e.target.value); onEdit(); }})),
        field('hysteresis.unit', t('tiers.unit'), h('select', {disabled: !canWrite, onchange: (e) => {
          hy.unit = e.target.value;
          onEdit();
        }}, ['RUNS', 'DAYS'].map((u) => h('option', {value: u, selected: u === hy.unit || null},
          t('tiers.unit.' + u)))))),
      canWrite ? h('button', {type: 'submit', class: 'save'}, t('tiers.save')) : null,
      status);
    applyErrors();
  }

  // One chart, drawn at its box's width, again on every edit: the thresholds as they are being edited.
  const chart = responsive((width) => histogram(summary.histogram, edited.tiers
    .filter((tier) => Number.isFinite(tier.threshold)).map((tier) => ({key: tier.key, name: tier.displayName,
      colour: tier.colour, threshold: tier.threshold})), {width, format: (v) => fmt.axisMoney(v),
    count: (v) => fmt.number(v), label: t('tiers.chartLabel')}));

  function renderChart() {
    if (!summary || edited.basis !== 'PREDICTED_CLV') {
      replace(chartBox);
      return;
    }
    if (!chartBox.contains(chart)) replace(chartBox, chart);
    chart.redraw();
  }

  function showErrors(error) {
    errors.clear();
    for (const [k, v] of Object.entries(error.fieldErrors ? error.fieldErrors(t, fmt) : {})) errors.set(k, v);
    if (errors.size === 0) errors.set('policy', error.message);
    applyErrors();
  }

  async function preview() {
    renderChart();
    const ticket = ++previewTicket;
    try {
      const result = await api.post('tiers/preview', edited);
      if (ticket !== previewTicket) return;
      errors.clear();
      applyErrors();
      const names = new Map(edited.tiers.map((tier) => [tier.key, tier.displayName]));
      shown = {rows: previewRows(edited.tiers, result.before, result.after), names};
      replace(previewBox, h('h3', {}, t('tiers.previewTitle')),
        h('p', {class: 'stale-note status', role: 'status'}),
        h('table', {class: 'preview-table'}, h('thead', {}, h('tr', {}, h('th', {}, t('dash.tier')),
          h('th', {class: 'num'}, t('tiers.now')), h('th', {class: 'num'}, t('tiers.after')),
          h('th', {class: 'num'}, t('tiers.change')))),
        h('tbody', {}, previewRows(edited.tiers, result.before, result.after).map((r) => h('tr', {'data-tier': r.key},
          h('td', {}, names.get(r.key) || r.key), h('td', {class: 'num before'}, fmt.number(r.before)),
          h('td', {class: 'num after'}, fmt.number(r.after)),
          h('td', {class: 'num change'}, r.change > 0 ? `+${fmt.number(r.change)}` : fmt.number(r.change)))))),
        h('p', {class: 'muted'}, t('tiers.previewNote')));
      markStale(null);
    } catch (e) {
      if (ticket === previewTicket) {
        showErrors(e);
        markStale(shown ? 'tiers.previewStale' : null);
      }
    }
  }

  function confirmSave() {
    // The impact the preview showed, repeated where the admin decides: contacts moving per tier.
    const moves = shown && previewBox.dataset.stale !== 'true' ? shown.rows.filter((r) => r.change !== 0) : [];
    replace(dialog, h('h3', {id: 'confirm-title'}, t('tiers.confirmTitle')),
      moves.length === 0 ? null : [h('p', {}, t('tiers.impactTitle')), h('ul', {class: 'impact'}, moves.map((r) =>
        h('li', {'data-tier': r.key}, `${shown.names.get(r.key) || r.key}: ${fmt.number(r.before)} → `
          + `${fmt.number(r.after)} (${r.change > 0 ? '+' : '−'}${fmt.number(Math.abs(r.change))})`)))],
      h('p', {}, t('tiers.confirmText')),
      h('form', {method: 'dialog', class: 'dialog-actions'},
        h('button', {value: 'cancel', class: 'secondary'}, t('common.cancel')),
        h('button', {value: 'save', class: 'confirm'}, t('common.save'))));
    dialog.onclose = () => {
      if (dialog.returnValue === 'save') save();
    };
    dialog.showModal();
  }

  async function save() {
    status.textContent = t('common.saving');
    try {
      const saved = await api.put('tiers', edited);
      edited = structuredClone(saved);
      errors.clear();
      renderForm();
      renderChart();
      status.textContent = t('tiers.saved');
      if (onSaved) onSaved();
    } catch (e) {
      showErrors(e);
      status.textContent = t('tiers.notSaved', {error: e.message});
    }
  }

  renderForm();
  renderChart();
  preview();
  return h('div', {class: 'tiers'}, h('div', {class: 'columns'}, form, h('div', {}, chartBox, previewBox)), dialog);
}
