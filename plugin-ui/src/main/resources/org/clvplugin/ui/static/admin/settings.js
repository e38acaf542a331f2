// Settings as a form: grouped (schedule, model, tiers, counting, security, delivery), each with the control that
// suits it (admin/setting-controls.js), its name and help in the UI's language, its default and when it takes effect.

import {h} from '../dom.js';
import {problemText} from '../i18n.js';
import {field, showFieldErrors} from './fields.js';
import {changedSettings, settingGroup} from './logic.js';
import {CONTROLS, control, toPercent} from './setting-controls.js';

/** The sections, in the order an admin reads them; a setting of none of them goes last, under "Other". */
const GROUPS = ['group.schedule', 'group.model', 'group.tiers', 'group.counting', 'group.security',
  'group.delivery'];

/** The default, as the control shows it (a share as a percentage). */
function defaultText(setting, t) {
  if (setting.isDefault) return t('settings.isDefault');
  const percent = CONTROLS[setting.key] && CONTROLS[setting.key].kind === 'percent';
  const value = setting.defaultValue === '' ? t('settings.empty')
    : percent ? toPercent(setting.defaultValue) + ' %' : setting.defaultValue;
  return t('settings.default', {value});
}

/**
 * The refused fields in the UI's words, each by its setting; a share refused as a share is said as a percentage
 * ("between 0 % and 100 %; was 150 %"), as the admin typed it.
 */
function refusedInWords(error, t, fmt) {
  const words = {};
  for (const p of (error.problem && error.problem.errors) || []) {
    const percent = CONTROLS[p.field] && CONTROLS[p.field].kind === 'percent';
    const said = percent ? {...p, code: p.code === 'share' ? 'percentShare' : p.code,
      params: Object.fromEntries(Object.entries(p.params || {}).map(([k, v]) => [k,
        typeof v === 'number' ? fmt.percent(v) : v]))} : p;
    words[p.field] = problemText(said, t, fmt);
  }
  return words;
}

export async function settings({api, f, t, canWrite}) {
  const [loaded, health] = await Promise.all([api.get('settings'), api.get('health').catch(() => null)]);
  // A stored setting the host could not apply (health says why to admins): the default runs until one is saved.
  const notApplied = (health && health.settingsNotApplied) || [];
  const notice = notApplied.length === 0 ? null : h('div', {class: 'not-applied', role: 'alert'},
    h('p', {}, t('settings.notApplied')),
    h('ul', {}, notApplied.map((why) => h('li', {}, why))));
  const edited = {};
  const status = h('p', {class: 'status', role: 'status'});
  const fmt = f(null);
  const groups = new Map(GROUPS.map((g) => [g, []]));
  for (const setting of loaded) {
    const group = settingGroup(setting.key);
    if (!groups.has(group)) groups.set(group, []);
    // A setting the UI knows is labelled and explained in its language; one it does not, by its key and the
    // server's English help.
    const known = t('setting.' + setting.key) !== 'setting.' + setting.key;
    const {element, input} = control(setting, {t, locale: t.language, api, disabled: !canWrite,
      onValue: (value) => { edited[setting.key] = value; }});
    groups.get(group).push(field('s-', setting.key, known ? [t('setting.' + setting.key), ' ',
      h('code', {class: 'muted'}, setting.key)] : h('code', {}, setting.key), input,
    [`${known ? t(`setting.${setting.key}.help`) : setting.help} ${defaultText(setting, t)} `,
      h('span', {class: 'takes-effect'}, t(setting.takesEffect === 'AT_ONCE' ? 'settings.atOnce'
        : 'settings.nextRun'))], element));
  }
  groups.get('group.tiers').push(h('p', {class: 'tiers-note'}, t('settings.tiersNote'), ' ',
    h('a', {href: '#tiers'}, t('settings.tiersLink'))));
  const form = h('form', {novalidate: true, onsubmit: async (ev) => {
    ev.preventDefault();
    const changes = changedSettings(loaded, edited);
    showFieldErrors(form, new Map());
    if (Object.keys(changes).length === 0) {
      status.textContent = t('settings.nothingChanged');
      return;
    }
    status.textContent = t('common.saving');
    try {
      await api.put('settings', changes);
      for (const s of loaded) if (s.key in changes) s.value = changes[s.key];
      const next = loaded.filter((s) => s.key in changes && s.takesEffect === 'NEXT_RUN').length;
      const saved = Object.keys(changes).length;
      status.textContent = `${t.plural('settings.saved', saved, String(saved))} `
        + (next > 0 ? t.plural('settings.someNextRun', next, String(next)) : t('settings.allAtOnce'));
    } catch (e) {
      const refusedFields = refusedInWords(e, t, fmt);
      // Each refused field's reason beside it; one of the settings together (no field of its own) in the status.
      const unplaced = showFieldErrors(form, new Map(Object.entries(refusedFields)));
      const refused = Object.keys(refusedFields).length;
      status.textContent = refused > 0 ? [t.plural('settings.refused', refused, String(refused)), ...unplaced]
        .join(' ') : t('settings.notSaved', {error: e.message});
    }
  }},
  [...groups.entries()].filter(([, fields]) => fields.length > 0).map(([group, fields]) => h('fieldset',
    {'data-group': group}, h('legend', {}, t(group)), fields)),
  canWrite ? h('button', {type: 'submit'}, t('settings.save')) : null, status);
  return h('div', {class: 'settings'}, notice, form);
}
