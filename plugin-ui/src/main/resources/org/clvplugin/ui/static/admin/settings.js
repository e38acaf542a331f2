// Settings: model, horizons, discount, margin, currency, counting rules and schedule, with their help texts.

import {h} from '../dom.js';
import {changedSettings, settingGroup} from './logic.js';

export async function settings({api, canWrite}) {
  const loaded = await api.get('settings');
  const edited = {};
  const status = h('p', {class: 'status', role: 'status'});
  const groups = new Map();
  for (const setting of loaded) {
    const group = settingGroup(setting.key);
    if (!groups.has(group)) groups.set(group, []);
    const id = 's-' + setting.key.replace(/\W/g, '-');
    groups.get(group).push(h('div', {class: 'field'},
      h('label', {for: id}, h('code', {}, setting.key)),
      h('input', {id, value: setting.value, disabled: !canWrite, 'data-key': setting.key,
        'aria-describedby': `${id}-help ${id}-error`, oninput: (e) => { edited[setting.key] = e.target.value; }}),
      h('span', {class: 'help muted', id: `${id}-help`}, setting.help,
        setting.isDefault ? ' (default)' : ` (default: ${setting.defaultValue === '' ? 'empty' : setting.defaultValue})`),
      h('span', {class: 'field-error error', id: `${id}-error`, 'data-error-for': setting.key})));
  }
  const form = h('form', {novalidate: true, onsubmit: async (ev) => {
    ev.preventDefault();
    const changes = changedSettings(loaded, edited);
    for (const span of form.querySelectorAll('[data-error-for]')) span.textContent = '';
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    if (Object.keys(changes).length === 0) {
      status.textContent = 'Nothing changed.';
      return;
    }
    status.textContent = 'Saving…';
    try {
      await api.put('settings', changes);
      for (const s of loaded) if (s.key in changes) s.value = changes[s.key];
      status.textContent = `Saved ${Object.keys(changes).length} setting(s). Runs from now on use them.`;
    } catch (e) {
      const errors = e.fieldErrors;
      for (const span of form.querySelectorAll('[data-error-for]')) {
        const message = errors[span.dataset.errorFor] || '';
        span.textContent = message;
        const input = form.querySelector(`[data-key="${CSS.escape(span.dataset.errorFor)}"]`);
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
      status.textContent = 'Nothing was saved: ' + e.message;
    }
  }},
  [...groups.entries()].map(([name, fields]) => h('fieldset', {}, h('legend', {}, name), fields)),
  canWrite ? h('button', {type: 'submit'}, 'Save settings') : null, status);
  return h('div', {class: 'settings'}, form);
}
