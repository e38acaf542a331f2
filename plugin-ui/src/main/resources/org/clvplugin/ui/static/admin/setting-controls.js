// The control each setting is edited with: a choice as a select, a yes/no as a switch, a share as a percentage,
// a count as a whole number with its unit, a day as a date, the schedule as a picker with its next runs; any
// other setting (ids, lists, hosts), and one this UI does not know, as text. Each control reports the setting's
// value as the API stores it (0.01 for 1 %), or what was typed when it is not a number, so that the server names
// the field.

import {h} from '../dom.js';

export const CONTROLS = {
  'schedule.cron': {kind: 'schedule'},
  'counting.asOf': {kind: 'date'},
  'counting.currency': {kind: 'currency'},
  'model.purchase': {kind: 'choice', values: ['auto', 'bgnbd', 'mbgnbd', 'paretonbd']},
  'model.timeUnit': {kind: 'choice', values: ['day', 'week', 'month']},
  'model.minimumRepeatCustomers': {kind: 'whole', min: 5},
  'clv.horizonMonths': {kind: 'whole', min: 1, unit: 'months'},
  'clv.monthlyDiscount': {kind: 'percent'},
  'clv.margin': {kind: 'percent'},
  'backtest.holdoutShare': {kind: 'percent'},
  'security.viewersOwnContactsOnly': {kind: 'switch'},
  'history.runsKept': {kind: 'whole', min: 1},
  'rules.maxAttempts': {kind: 'whole', min: 1, max: 50},
  'rules.firstRetrySeconds': {kind: 'whole', min: 1, unit: 'seconds'},
};

/** A stored share ("0.01") as the percentage shown ("1"); text that is not a number stays as it is. */
export function toPercent(stored) {
  const v = Number(stored);
  return stored.trim() === '' || Number.isNaN(v) ? stored : String(Number((v * 100).toPrecision(12)));
}

/** A typed percentage ("12.5") as the share stored ("0.125"); text that is not a number goes as typed. */
export function fromPercent(typed) {
  const v = Number(typed);
  return typed.trim() === '' || Number.isNaN(v) ? typed : String(Number((v / 100).toPrecision(12)));
}

const DAILY = /^0 (\d{1,2}) (\d{1,2}) \* \* \?$/;
const WEEKLY = /^0 (\d{1,2}) (\d{1,2}) \? \* (MON|TUE|WED|THU|FRI|SAT|SUN)$/;
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** A cron expression as the picker's mode, time and day, or custom when the picker cannot say it. */
export function parseCron(cron) {
  const hm = (m, hh) => `${hh.padStart(2, '0')}:${m.padStart(2, '0')}`;
  let m = DAILY.exec(cron);
  if (m && Number(m[2]) < 24 && Number(m[1]) < 60) return {mode: 'daily', time: hm(m[1], m[2]), day: 'MON'};
  m = WEEKLY.exec(cron);
  if (m && Number(m[2]) < 24 && Number(m[1]) < 60) return {mode: 'weekly', time: hm(m[1], m[2]), day: m[3]};
  return {mode: 'custom', time: '02:00', day: 'MON'};
}

/** The picker's choice as a cron expression. */
export function buildCron({mode, time, day}, custom) {
  if (mode === 'custom') return custom;
  const [hours, minutes] = (time || '02:00').split(':').map(Number);
  return mode === 'daily' ? `0 ${minutes} ${hours} * * ?` : `0 ${minutes} ${hours} ? * ${day}`;
}

/** A weekday's name in the UI's language (MON -> "Monday"). */
function weekday(day, locale) {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone: 'UTC'})
    .format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));
}

/**
 * The control of a setting: an element to put in the form and the input that carries the field's name (for its
 * label and its error). {@code onValue} gets the value to store whenever it changes.
 */
export function control(setting, {t, locale, api, disabled, onValue}) {
  const spec = CONTROLS[setting.key] || {kind: 'text'};
  switch (spec.kind) {
    case 'choice': {
      const select = h('select', {disabled}, spec.values.map((v) => h('option', {value: v,
        selected: v === setting.value || null}, t(`choice.${setting.key}.${v}`))));
      if (!spec.values.includes(setting.value)) {
        select.prepend(h('option', {value: setting.value, selected: true}, setting.value));
      }
      select.onchange = () => onValue(select.value);
      return {element: select, input: select};
    }
    case 'switch': {
      const box = h('input', {type: 'checkbox', role: 'switch', disabled, checked: setting.value === 'true' || null});
      box.onchange = () => onValue(box.checked ? 'true' : 'false');
      return {element: h('span', {class: 'switch-row'}, box), input: box};
    }
    case 'percent': {
      const input = h('input', {type: 'text', inputmode: 'decimal', class: 'short', disabled,
        value: toPercent(setting.value)});
      input.oninput = () => onValue(fromPercent(input.value));
      return {element: h('span', {class: 'with-unit'}, input, h('span', {'aria-hidden': 'true'}, ' %')), input};
    }
    case 'whole': {
      const input = h('input', {type: 'number', step: 1, min: spec.min, max: spec.max, class: 'short', disabled,
        value: setting.value});
      input.oninput = () => onValue(input.value);
      return {element: spec.unit ? h('span', {class: 'with-unit'}, input, ' ', t('settings.unit.' + spec.unit))
        : input, input};
    }
    case 'date': {
      const input = h('input', {type: 'date', disabled, value: setting.value});
      input.oninput = () => onValue(input.value);
      return {element: input, input};
    }
    case 'currency': {
      const input = h('input', {type: 'text', maxlength: 3, class: 'short', autocapitalize: 'characters',
        disabled, value: setting.value});
      input.oninput = () => onValue(input.value.toUpperCase());
      return {element: input, input};
    }
    case 'schedule':
      return schedule(setting, {t, locale, api, disabled, onValue});
    default: {
      const input = h('input', {type: 'text', disabled, value: setting.value});
      input.oninput = () => onValue(input.value);
      return {element: input, input};
    }
  }
}

/**
 * The schedule: every day or every week at a time, or a Quartz cron expression; below it, the schedule in words
 * and its next three runs in the server's time zone, as the server computes them (GET settings/schedule).
 */
function schedule(setting, {t, locale, api, disabled, onValue}) {
  const picked = parseCron(setting.value);
  const mode = h('select', {disabled, 'aria-label': t('cron.mode')}, ['daily', 'weekly', 'custom'].map((m) =>
    h('option', {value: m, selected: m === picked.mode || null}, t('cron.mode.' + m))));
  const day = h('select', {disabled, 'aria-label': t('cron.day')}, WEEKDAYS.map((d) => h('option', {value: d,
    selected: d === picked.day || null}, weekday(d, locale))));
  const time = h('input', {type: 'time', disabled, value: picked.time, 'aria-label': t('cron.time')});
  const custom = h('input', {type: 'text', disabled, value: setting.value, class: 'cron-text'});
  const words = h('p', {class: 'cron-words', 'aria-live': 'polite'});
  let ticket = 0;
  const current = () => buildCron({mode: mode.value, time: time.value, day: day.value}, custom.value.trim());
  async function describe() {
    const cron = current();
    day.hidden = mode.value !== 'weekly';
    time.hidden = mode.value === 'custom';
    custom.readOnly = mode.value !== 'custom';
    if (mode.value !== 'custom') custom.value = cron;
    const mine = ++ticket;
    words.textContent = t('cron.checking');
    let preview;
    try {
      preview = await api.get('settings/schedule?cron=' + encodeURIComponent(cron));
    } catch (e) {
      if (mine === ticket) words.textContent = e.message;
      return;
    }
    if (mine !== ticket) return;
    const zone = preview.timeZone;
    const at = new Intl.DateTimeFormat(locale, {dateStyle: 'full', timeStyle: 'short', timeZone: zone});
    const said = mode.value === 'daily' ? t('cron.daily', {time: time.value, zone})
      : mode.value === 'weekly' ? t('cron.weekly', {day: weekday(day.value, locale), time: time.value, zone})
        : t('cron.custom', {zone});
    words.replaceChildren(h('span', {}, said), ' ', preview.refused
      ? h('span', {class: 'error'}, t('cron.wontRun'))
      : h('span', {class: 'cron-next'}, t('cron.next', {times: preview.next.map((x) => at.format(new Date(x)))
        .join('; ')})));
  }
  const changed = () => {
    onValue(current());
    describe();
  };
  mode.onchange = changed;
  day.onchange = changed;
  time.oninput = changed;
  custom.oninput = changed;
  describe();
  return {element: h('div', {class: 'schedule-picker'}, h('div', {class: 'actions'}, mode, day, time), custom, words),
    input: custom};
}
