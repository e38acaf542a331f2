import {auditChanges, changedSettings, describeTrigger, duration, groupLabel, isActive, numberOrNull, previewRows,
  ruleFromForm, runProgress, settingGroup, verdict} from '../ui/admin/logic.js';
import {ADMIN_MESSAGES} from '../ui/admin/messages.js';
import {choiceText} from '../ui/admin/model.js';
import {h} from '../ui/dom.js';
import {formatter} from '../ui/format.js';
import {addMessages, translator} from '../ui/i18n.js';
import {eq, ok, test} from './harness.js';

addMessages(ADMIN_MESSAGES);
const en = translator('en');
const de = translator('de');
const fmt = formatter('en', 'USD');

test('a run’s progress grows through its phases and ends at 100', () => {
  const at = (phase, done = 0, total = 0) => runProgress({state: 'RUNNING', phase, contactsDone: done,
    contactsTotal: total}, en, fmt).percent;
  ok(at('READING') < at('FITTING') && at('FITTING') < at('WRITING', 0, 100), 'phases in order');
  ok(at('WRITING', 50, 100) > at('WRITING', 0, 100) && at('WRITING', 100, 100) < 100, 'writing moves, not done');
  eq(runProgress({state: 'SUCCEEDED', phase: 'PUBLISHED'}, en, fmt).percent, 100);
  eq(runProgress({state: 'FAILED', phase: 'WRITING'}, en, fmt).label, 'failed');
  eq(runProgress({state: 'RUNNING', phase: 'WRITING', contactsDone: 1200, contactsTotal: 23571}, de,
    formatter('de', 'USD')).label, 'schreibt Werte (1.200 von 23.571)', 'in the console\'s language');
  eq(at('WRITING', 5, 0), 40, 'no total yet: no division by zero');
});

test('a run is active while queued or running', () => {
  ok(isActive({state: 'RUNNING'}) && isActive({state: 'QUEUED'}));
  ok(!isActive({state: 'SUCCEEDED'}) && !isActive(null));
});

test('the backtest verdict says which is better and by how much', () => {
  const bt = (m, f) => ({modelPurchases: {meanAbsoluteError: m}, formulaPurchases: {meanAbsoluteError: f}});
  const say = (b) => verdict(b, en, fmt);
  ok(say(bt(0.42, 0.76)).startsWith('The model predicts 45% better'), say(bt(0.42, 0.76)));
  ok(say(bt(1.0, 0.8)).includes('25% worse'), say(bt(1.0, 0.8)));
  ok(say(bt(0.80, 0.81)).includes('about as well'), say(bt(0.80, 0.81)));
  eq(say({notRun: 'too few contacts'}), 'No backtest: too few contacts.');
  eq(say(null), 'No backtest in this run.');
  eq(verdict(bt(0.42, 0.76), de, formatter('de', 'USD')), 'Das Modell trifft 45\u00a0% besser als die einfache Formel'
    + ' (mittlerer absoluter Fehler 0,42 gegenüber 0,76 Käufen pro Kontakt).');
});

test('frequency groups, durations', () => {
  eq(groupLabel({frequency: 3, orMore: false}), '3');
  eq(groupLabel({frequency: 7, orMore: true}), '7+');
  eq(duration(3132, fmt), '3.1 s');
  eq(duration(65000, fmt), '1 min 05 s');
  eq(duration(3132, formatter('de', 'USD')), '3,1 s');
});

test('the preview lists the policy’s tiers in order, then tiers only the counts know', () => {
  const rows = previewRows([{key: 'BRONZE'}, {key: 'GOLD'}], {'(none)': 1, BRONZE: 10, GOLD: 2},
    {BRONZE: 8, GOLD: 4, '(none)': 1});
  eq(rows.map((r) => r.key), ['BRONZE', 'GOLD', '(none)']);
  eq(rows[0], {key: 'BRONZE', before: 10, after: 8, change: -2});
  eq(rows[1].change, 2);
});

test('only changed settings are sent', () => {
  const loaded = [{key: 'clv.margin', value: '1.0'}, {key: 'model.purchase', value: 'bgnbd'}];
  eq(changedSettings(loaded, {'clv.margin': '0.3', 'model.purchase': 'bgnbd'}), {'clv.margin': '0.3'});
  eq(changedSettings(loaded, {}), {});
  eq(en(settingGroup('counting.asOf')), 'Counting rules');
  eq(en(settingGroup('strange')), 'Other');
});

test('triggers in words, and number fields that are empty, numbers or text', () => {
  eq(describeTrigger({kind: 'TIER_ENTERED', tier: 'GOLD'}, en, fmt, new Map([['GOLD', 'Gold']])),
    'tier Gold entered', 'the tier by its name');
  eq(describeTrigger({kind: 'CLV_CHANGED', percent: 20}, en, fmt), 'CLV changes by more than 20 %');
  eq(describeTrigger({kind: 'CHURN_RISK', aliveBelow: 0.4, threshold: 5000}, de, formatter('de', 'USD')),
    'Chance, noch aktiv zu sein, fällt unter 40\u00a0% bei CLV über 5.000');
  eq(numberOrNull(' '), null);
  eq(numberOrNull('12.5'), 12.5);
  eq(numberOrNull('twelve'), 'twelve', 'the server names the field');
});

test('a rule form becomes the API’s rule, with the parameters its kinds do not use left out', () => {
  const input = (name, value) => h('input', {name, value});
  const select = (name, value, options, multiple) => h('select', {name, multiple: multiple || null},
    options.map((o) => h('option', {value: o, selected: (Array.isArray(value) ? value.includes(o) : o === value) || null},
      o)));
  const form = h('form', {}, input('name', ' Gold welcome '), h('input', {type: 'checkbox', name: 'enabled',
    checked: true}), select('trigger.kind', 'CHURN_RISK', ['TIER_UPGRADED', 'CHURN_RISK']),
  select('trigger.tier', 'GOLD', ['GOLD']), input('trigger.threshold', '200'), input('trigger.aliveBelow', '0.4'),
  input('trigger.percent', '30'), h('input', {type: 'checkbox', name: 'filter.tiers', value: 'GOLD', checked: true}),
  h('input', {type: 'checkbox', name: 'filter.tiers', value: 'SILVER'}),
  select('filter.segments', [], ['Champions', 'At risk'], true), input('filter.owner', ''), input('filter.minClv', ''),
  select('action.kind', 'WEBHOOK', ['TASK', 'WEBHOOK']), input('action.subject', 'Hi {name}'),
  input('action.description', ''), input('action.dueInDays', '3'), input('action.url', 'https://hooks.example.com/x'),
  input('cooldownHours', ''), input('maxPerRun', '50'), input('secret', 'whsec-0123456789abcdef'));
  document.getElementById('stage').append(form);
  eq(ruleFromForm(form), {name: 'Gold welcome', enabled: true,
    trigger: {kind: 'CHURN_RISK', tier: null, threshold: 200, aliveBelow: 0.4, percent: null},
    filter: {tiers: ['GOLD'], segments: null, owner: null, minClv: null},
    action: {kind: 'WEBHOOK', subject: null, description: null, dueInDays: null, url: 'https://hooks.example.com/x'},
    cooldownHours: 0, maxPerRun: 50, secret: 'whsec-0123456789abcdef'});
  form.elements['secret'].value = '';
  eq(ruleFromForm(form).secret, null, 'an empty secret keeps the stored one');
  form.elements['action.kind'].value = 'TASK';
  form.elements['secret'].value = 'whsec-0123456789abcdef';
  eq(ruleFromForm(form).secret, null, 'a task sends no secret');
  form.remove();
});

test('why the run fitted its model, in the console’s language from the report’s figures', () => {
  const candidates = [{model: 'paretonbd', purchases: {meanAbsoluteError: 0.4112, relativeErrorOfTotal: -0.021}},
    {model: 'bgnbd', purchases: {meanAbsoluteError: 0.4200, relativeErrorOfTotal: 0.05}}];
  const auto = {model: 'paretonbd', settings: {purchaseModel: 'auto'}, backtest: {candidates},
    modelChoice: 'auto: paretonbd had the lowest error per contact in the backtest'};
  eq(choiceText(auto, de, formatter('de', 'USD')), 'Warum dieses Modell: vom Rückvergleich gewählt, in dem'
    + ' Pareto/NBD am besten traf (Fehler pro Kontakt 0,4112 Käufe; Fehler der Summe -2,1\u00a0%).');
  eq(choiceText({...auto, settings: {purchaseModel: 'bgnbd'}, model: 'bgnbd'}, en, fmt),
    'Why this model: fixed by the setting “Purchase model”.');
  eq(choiceText({...auto, backtest: {notRun: 'too few repeat customers (12 < 20)'}}, en, fmt),
    'Why this model: auto: paretonbd had the lowest error per contact in the backtest.',
    'without the backtest’s figures: the server’s sentence');
});

test('an audit entry shows the fields it changed, by path, not the states whole', () => {
  eq(auditChanges({'clv.margin': null}, {'clv.margin': '0.3'}), [{path: 'clv.margin', before: '–', after: '0.3'}]);
  const tiers = (gold) => ({basis: 'PREDICTED_CLV', tiers: [{key: 'BRONZE', threshold: 0}, {key: 'GOLD',
    threshold: gold}], hysteresis: {grace: 2, unit: 'RUNS'}});
  eq(auditChanges(tiers(500), tiers(450)), [{path: 'tiers[1].threshold', before: '500', after: '450'}]);
  eq(auditChanges(tiers(500), {...tiers(500), tiers: [{key: 'BRONZE', threshold: 0}]}),
    [{path: 'tiers[1].key', before: 'GOLD', after: undefined}, {path: 'tiers[1].threshold', before: '500',
      after: undefined}], 'a tier removed');
  eq(auditChanges(null, null), [], 'a recompute request records no state');
  eq(auditChanges(null, {name: 'Gold welcome'}), [{path: 'name', before: undefined, after: 'Gold welcome'}]);
});
