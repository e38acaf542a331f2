// Settings: model, horizons, discount, margin, currency, counting rules and schedule, with their help texts.

import {h} from '../dom.js';
import {field, showFieldErrors} from './fields.js';
import {changedSettings, settingGroup} from './logic.js';

export async function settings({api, f, t, canWrite}) {
  const [loaded, health] = await Promise.all([api.get('settings'), api.get('health').catch(() => null)]);
  // A stored setting the host could not apply (health says why to admins): the default runs until one is saved.
  const notApplied = (health && health.settingsNotApplied) || [];
  const notice = notApplied.length === 0 ? null : h('div', {class: 'not-applied', role: 'alert'},
    h('p', {}, t('settings.notApplied')),
    h('ul', {}, notApplied.map((why) => h('li', {}, why))));
  const edited = {};
  const status = h('p', {class: 'status', role: 'status'});
  const groups = new Map();
  for (const setting of loaded) {
    const group = settingGroup(setting.key);
    if (!groups.has(group)) groups.set(group, []);
    // A setting the UI knows is labelled and explained in its language; one it does not, by its key and the
    // server's English help.
    const known = t('setting.' + setting.key) !== 'setting.' + setting.key;
    groups.get(group).push(field('s-', setting.key, known ? [t('setting.' + setting.key), ' ',
      h('code', {class: 'muted'}, setting.key)] : h('code', {}, setting.key),
    h('input', {value: setting.value, disabled: !canWrite, 'data-key': setting.key,
      oninput: (e) => { edited[setting.key] = e.target.value; }}),
    `${known ? t(`setting.${setting.key}.help`) : setting.help} ${setting.isDefault ? t('settings.isDefault')
      : t('settings.default', {value: setting.defaultValue === '' ? t('settings.empty') : setting.defaultValue})} `
      + t(setting.takesEffect === 'AT_ONCE' ? 'settings.atOnce' : 'settings.nextRun')));
  }
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
      const refusedFields = e.fieldErrors ? e.fieldErrors(t, f(null)) : {};
      // Each refused field's reason beside it; one of the settings together (no field of its own) in the status.
      const unplaced = showFieldErrors(form, new Map(Object.entries(refusedFields)));
      const refused = Object.keys(refusedFields).length;
      status.textContent = refused > 0 ? [t.plural('settings.refused', refused, String(refused)), ...unplaced]
        .join(' ') : t('settings.notSaved', {error: e.message});
    }
  }},
  [...groups.entries()].map(([group, fields]) => h('fieldset', {}, h('legend', {}, t(group)), fields)),
  canWrite ? h('button', {type: 'submit'}, t('settings.save')) : null, status);
  return h('div', {class: 'settings'}, notice, form);
}
