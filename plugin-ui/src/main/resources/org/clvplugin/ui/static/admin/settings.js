// Settings: model, horizons, discount, margin, currency, counting rules and schedule, with their help texts.

import {h} from '../dom.js';
import {field, showFieldErrors} from './fields.js';
import {changedSettings, settingGroup} from './logic.js';

export async function settings({api, canWrite}) {
  const [loaded, health] = await Promise.all([api.get('settings'), api.get('health').catch(() => null)]);
  // A stored setting the host could not apply (health says why to admins): the default runs until one is saved.
  const notApplied = (health && health.settingsNotApplied) || [];
  const notice = notApplied.length === 0 ? null : h('div', {class: 'not-applied', role: 'alert'},
    h('p', {}, 'Not applied: the host runs with the default until a valid value is saved.'),
    h('ul', {}, notApplied.map((why) => h('li', {}, why))));
  const edited = {};
  const status = h('p', {class: 'status', role: 'status'});
  const groups = new Map();
  for (const setting of loaded) {
    const group = settingGroup(setting.key);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(field('s-', setting.key, h('code', {}, setting.key),
      h('input', {value: setting.value, disabled: !canWrite, 'data-key': setting.key,
        oninput: (e) => { edited[setting.key] = e.target.value; }}),
      setting.help + (setting.isDefault ? ' (default)'
        : ` (default: ${setting.defaultValue === '' ? 'empty' : setting.defaultValue})`)
        + (setting.takesEffect === 'AT_ONCE' ? '. Takes effect at once.' : '. Takes effect with the next run.')));
  }
  const form = h('form', {novalidate: true, onsubmit: async (ev) => {
    ev.preventDefault();
    const changes = changedSettings(loaded, edited);
    showFieldErrors(form, new Map());
    if (Object.keys(changes).length === 0) {
      status.textContent = 'Nothing changed.';
      return;
    }
    status.textContent = 'Saving…';
    try {
      await api.put('settings', changes);
      for (const s of loaded) if (s.key in changes) s.value = changes[s.key];
      const next = loaded.filter((s) => s.key in changes && s.takesEffect === 'NEXT_RUN').length;
      status.textContent = `Saved ${Object.keys(changes).length} setting(s).`
        + (next > 0 ? ` ${next} of them take effect with the next run; the others at once.` : ' They take effect at once.');
    } catch (e) {
      showFieldErrors(form, new Map(Object.entries(e.fieldErrors)));
      status.textContent = 'Nothing was saved: ' + e.message;
    }
  }},
  [...groups.entries()].map(([name, fields]) => h('fieldset', {}, h('legend', {}, name), fields)),
  canWrite ? h('button', {type: 'submit'}, 'Save settings') : null, status);
  return h('div', {class: 'settings'}, notice, form);
}
