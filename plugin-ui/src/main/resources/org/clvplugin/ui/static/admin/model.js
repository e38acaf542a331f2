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

const MODEL_NAMES = {bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD', paretonbd: 'Pareto/NBD'};

/** Each candidate model's holdout figures, the winner marked: how auto chose. */
function candidates(bt, winner, fmt) {
  const list = bt && bt.candidates ? bt.candidates : [];
  if (list.length < 2) return null;
  return h('table', {class: 'candidates'}, h('caption', {}, 'Candidate models in the backtest'),
    h('thead', {}, h('tr', {}, h('th', {}, 'Model'), h('th', {class: 'num'}, 'Error per contact (purchases)'),
      h('th', {class: 'num'}, 'Error of the total'), h('th', {class: 'num'}, 'Rank correlation'))),
    h('tbody', {}, list.map((c) => h('tr', {class: c.model === winner ? 'winner' : null},
      h('td', {}, MODEL_NAMES[c.model] || c.model, c.model === winner ? ' (chosen)' : ''),
      c.notFitted ? h('td', {colspan: 3}, `not fitted: ${c.notFitted}`) : [
        h('td', {class: 'num'}, fmt.number(c.purchases.meanAbsoluteError, 4)),
        h('td', {class: 'num'}, fmt.percent(c.purchases.relativeErrorOfTotal)),
        h('td', {class: 'num'}, fmt.number(c.purchases.rankCorrelation, 3))]))));
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
    m.modelChoice ? h('p', {class: 'model-choice'}, `Why this model: ${m.modelChoice}.`) : null,
    m.churnOfOneTimeBuyers && m.churnOfOneTimeBuyers.reason
      ? h('p', {class: 'one-time-buyers'}, `Contacts who bought once: ${m.churnOfOneTimeBuyers.reason}.`) : null,
    m.churnOfOneTimeBuyers && m.churnOfOneTimeBuyers.unavailable
      ? h('p', {class: 'one-time-buyers'}, `Contacts who bought once have no churn estimate: `
        + `${m.churnOfOneTimeBuyers.unavailable}.`) : null,
    (m.warnings || []).map((w) => h('p', {class: 'warning', role: 'status'}, `Warning: ${w}`)),
    h('section', {class: 'backtest'}, h('h3', {}, 'Backtest on your own data'),
      h('p', {class: 'verdict'}, verdict(bt)),
      candidates(bt, m.model, fmt),
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
