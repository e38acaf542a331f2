// Model: the fitted parameters with their standard errors, fit diagnostics, and the backtest against the formula.

import {groupedBars} from '../charts.js';
import {h} from '../dom.js';
import {groupLabel, verdict} from './logic.js';

const SERIES = [{key: 'actual', name: 'Actual', colour: '#1f2933'}, {key: 'model', name: 'Model', colour: '#1d4ed8'},
  {key: 'formula', name: 'Formula', colour: '#c2410c'}];

function fitTable(title, fit, fmt) {
  if (!fit) return null;
  return h('section', {class: 'fit'}, h('h3', {}, title),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Parameter'), h('th', {class: 'num'}, 'Estimate'),
      h('th', {class: 'num'}, 'Standard error'))),
    h('tbody', {}, fit.parameters.map((p) => h('tr', {}, h('td', {}, p.name), h('td', {class: 'num'}, fmt.number(p.value, 4)),
      h('td', {class: 'num'}, Number.isFinite(p.standardError) ? fmt.number(p.standardError, 4) : '–'))))),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Converged'), h('dd', {}, fit.converged ? 'yes' : 'no'),
      h('dt', {}, 'Iterations'), h('dd', {}, String(fit.iterations)),
      h('dt', {}, 'Log-likelihood'), h('dd', {}, fmt.number(fit.logLikelihood, 2)),
      h('dt', {}, 'Contacts'), h('dd', {}, fmt.number(fit.customers)),
      h('dt', {}, 'Optimizer'), h('dd', {}, fit.message)));
}

export async function model({api, f}) {
  const m = await api.get('model');
  const fmt = f(null);
  const bt = m.backtest;
  const groups = bt && !bt.notRun ? (bt.byFrequency || []).map((g) => ({label: groupLabel(g),
    values: {actual: g.actual, model: g.model, formula: g.formula}, contacts: g.contacts})) : [];
  return h('div', {class: 'model'},
    h('p', {}, `Run ${m.runId}: ${m.model === 'formula' ? 'the simple formula' : `the ${m.model} purchase model`}`,
      m.fallbackReason ? ` (${m.fallbackReason})` : ''),
    h('section', {class: 'backtest'}, h('h3', {}, 'Backtest on your own data'),
      h('p', {class: 'verdict'}, verdict(bt)),
      groups.length === 0 ? null : [
        h('p', {class: 'muted'}, `Fitted on the history up to ${m.backtestFrom}, then compared with what the contacts`
          + ` bought in the ${fmt.number(bt.holdoutPeriods, 1)} ${(m.settings && m.settings.timeUnit) || 'period'}s after. Mean purchases per contact, by the`
          + ' number of repeat purchases before the split:'),
        groupedBars(groups, SERIES, {format: (v) => fmt.number(v, 2), label: 'Predicted and actual holdout purchases'
          + ' per contact by frequency group: ' + groups.map((g) => `${g.label}: actual ${fmt.number(g.values.actual, 2)},`
          + ` model ${fmt.number(g.values.model, 2)}, formula ${fmt.number(g.values.formula, 2)}`).join('; ')}),
        h('p', {class: 'legend'}, SERIES.map((sr) => h('span', {class: 'key'},
          h('span', {class: 'swatch', style: {background: sr.colour}}), sr.name))),
        h('table', {class: 'backtest-table'}, h('thead', {}, h('tr', {}, h('th', {}, 'Repeat purchases'),
          h('th', {class: 'num'}, 'Contacts'), SERIES.map((sr) => h('th', {class: 'num'}, sr.name)))),
        h('tbody', {}, groups.map((g) => h('tr', {}, h('td', {}, g.label), h('td', {class: 'num'}, fmt.number(g.contacts)),
          SERIES.map((sr) => h('td', {class: 'num'}, fmt.number(g.values[sr.key], 2)))))))]),
    fitTable('Purchase model', m.purchaseFit, fmt),
    fitTable('Spend model (Gamma-Gamma)', m.spendFit, fmt));
}
