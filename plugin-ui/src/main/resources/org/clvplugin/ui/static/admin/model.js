// Model: the fitted parameters with their standard errors, fit diagnostics, and the backtest against the formula.

import {helpPage} from '../help-link.js';
import {groupedBars} from '../charts.js';
import {h} from '../dom.js';
import {MODEL_NAMES} from '../card-state.js';
import {groupLabel, verdict} from './logic.js';

/** The backtest's series: what the contacts bought, what the model and the formula predicted. */
const SERIES = [{key: 'actual', colour: '#1f2933'}, {key: 'model', colour: '#1d4ed8'},
  {key: 'formula', colour: '#c2410c'}];

function fitTable(title, fit, t, fmt) {
  if (!fit) return null;
  return h('section', {class: 'fit'}, h('h3', {}, title),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, t('model.parameter')),
      h('th', {class: 'num'}, t('model.estimate')), h('th', {class: 'num'}, t('model.standardError')))),
    h('tbody', {}, fit.parameters.map((p) => h('tr', {}, h('td', {}, p.name),
      h('td', {class: 'num'}, fmt.number(p.value, 4)),
      h('td', {class: 'num'}, Number.isFinite(p.standardError) ? fmt.number(p.standardError, 4) : '–'))))),
    h('dl', {class: 'facts'},
      h('dt', {}, t('model.converged')), h('dd', {}, t(fit.converged ? 'model.yes' : 'model.no')),
      h('dt', {}, t('model.iterations')), h('dd', {}, fmt.number(fit.iterations)),
      h('dt', {}, t('model.logLikelihood')), h('dd', {}, fmt.number(fit.logLikelihood, 2)),
      h('dt', {}, t('dash.contacts')), h('dd', {}, fmt.number(fit.customers)),
      h('dt', {}, t('model.optimizer')), h('dd', {}, fit.message)));
}

/** Each candidate model's holdout figures, the winner marked: how auto chose. */
function candidates(bt, winner, t, fmt) {
  const list = bt && bt.candidates ? bt.candidates : [];
  if (list.length < 2) return null;
  return h('table', {class: 'candidates'}, h('caption', {}, t('model.candidates')),
    h('thead', {}, h('tr', {}, h('th', {}, t('runs.model')), h('th', {class: 'num'}, t('model.errorPerContact')),
      h('th', {class: 'num'}, t('model.errorOfTotal')), h('th', {class: 'num'}, t('model.rankCorrelation')))),
    h('tbody', {}, list.map((c) => h('tr', {class: c.model === winner ? 'winner' : null},
      h('td', {}, MODEL_NAMES[c.model] || c.model, c.model === winner ? ` ${t('model.chosen')}` : ''),
      c.notFitted ? h('td', {colspan: 3}, t('model.notFitted', {reason: c.notFitted})) : [
        h('td', {class: 'num'}, fmt.number(c.purchases.meanAbsoluteError, 4)),
        h('td', {class: 'num'}, fmt.percent(c.purchases.relativeErrorOfTotal)),
        h('td', {class: 'num'}, fmt.number(c.purchases.rankCorrelation, 3))]))));
}

/**
 * Why the run fitted its model, in the console's language from the report's figures: fixed by the setting, or the
 * backtest's best candidate; the server's own sentence where the figures do not say (a backtest that did not run).
 */
export function choiceText(m, t, fmt) {
  const setting = m.settings && m.settings.purchaseModel;
  const name = MODEL_NAMES[m.model] || m.model;
  if (setting && setting !== 'auto') return t('model.choiceFixed', {model: name});
  const bt = m.backtest;
  const best = bt && !bt.notRun ? (bt.candidates || []).find((c) => c.model === m.model && !c.notFitted) : null;
  if (best) {
    return t('model.choiceAuto', {model: name, error: fmt.number(best.purchases.meanAbsoluteError, 4),
      total: fmt.percent(best.purchases.relativeErrorOfTotal)});
  }
  return m.modelChoice ? t('model.why', {text: m.modelChoice}) : null;
}

/** Where the churn of contacts who bought once comes from, when not from the run's model. */
function oneTimeText(one, t) {
  if (!one) return null;
  if (one.unavailable) return t('model.oneTimeNone', {text: one.unavailable});
  return one.fit && one.model ? t('model.oneTimeCompanion', {model: MODEL_NAMES[one.model] || one.model}) : null;
}

export async function model({api, f, t}) {
  const m = await api.get('model');
  const fmt = f(null);
  const bt = m.backtest;
  const series = SERIES.map((sr) => ({...sr, name: t('model.series.' + sr.key)}));
  const groups = bt && !bt.notRun ? (bt.byFrequency || []).map((g) => ({label: groupLabel(g),
    values: {actual: g.actual, model: g.model, formula: g.formula}, contacts: g.contacts})) : [];
  const unit = (m.settings && m.settings.timeUnit) || 'week';
  const choice = choiceText(m, t, fmt);
  const oneTime = oneTimeText(m.churnOfOneTimeBuyers, t);
  return h('div', {class: 'model'},
    h('p', {}, m.model === 'formula' ? t('model.runFormula', {id: m.runId})
      : t('model.runModel', {id: m.runId, model: MODEL_NAMES[m.model] || m.model}),
    m.fallbackReason ? ` (${m.fallbackReason})` : ''),
    choice ? h('p', {class: 'model-choice'}, choice) : null,
    oneTime ? h('p', {class: 'one-time-buyers'}, oneTime) : null,
    (m.warnings || []).map((w) => h('p', {class: 'warning', role: 'status'}, t('model.warning', {text: w}))),
    h('section', {class: 'backtest'}, h('h3', {}, t('model.backtest')),
      h('p', {class: 'verdict'}, verdict(bt, t, fmt)),
      h('p', {}, h('a', {class: 'how-computed', href: helpPage(t.language, 'backtest'), target: '_blank',
        rel: 'noopener'}, t('model.howComputed'))),
      candidates(bt, m.model, t, fmt),
      groups.length === 0 ? null : [
        h('p', {class: 'muted'}, t('model.holdout', {from: m.backtestFrom ? fmt.day(m.backtestFrom) : '',
          periods: t.plural('unit.' + unit, bt.holdoutPeriods, fmt.number(bt.holdoutPeriods, 1))})),
        groupedBars(groups, series, {format: (v) => fmt.number(v, 2), label: t('model.barsLabel', {groups: groups
          .map((g) => t('model.barsGroup', {group: g.label, actual: fmt.number(g.values.actual, 2),
            model: fmt.number(g.values.model, 2), formula: fmt.number(g.values.formula, 2)})).join('; ')})}),
        h('p', {class: 'legend'}, series.map((sr) => h('span', {class: 'key'},
          h('span', {class: 'swatch', style: {background: sr.colour}}), sr.name))),
        h('table', {class: 'backtest-table'}, h('thead', {}, h('tr', {}, h('th', {}, t('model.repeatPurchases')),
          h('th', {class: 'num'}, t('dash.contacts')), series.map((sr) => h('th', {class: 'num'}, sr.name)))),
        h('tbody', {}, groups.map((g) => h('tr', {}, h('td', {}, g.label), h('td', {class: 'num'},
          fmt.number(g.contacts)), series.map((sr) => h('td', {class: 'num'}, fmt.number(g.values[sr.key], 2)))))))]),
    fitTable(t('model.purchaseFit'), m.purchaseFit, t, fmt),
    fitTable(t('model.spendFit'), m.spendFit, t, fmt));
}
