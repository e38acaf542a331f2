// A labelled form field with its help and the place for its error message, as the editors lay them out.

import {h} from '../dom.js';

/**
 * The field `name` ("tiers[2].threshold", "action.url"): the API names refused fields the same way. `element` is
 * what is shown when the input comes with more (a unit, a picker); the input is the one labelled.
 */
export function field(prefix, name, label, input, help, element = input) {
  const id = prefix + name.replace(/\W/g, '-');
  input.id = id;
  input.name = name;
  input.dataset.field = name;
  input.setAttribute('aria-describedby', help ? `${id}-help ${id}-error` : `${id}-error`);
  return h('div', {class: 'field', 'data-for': name}, h('label', {for: id}, label), element,
    help ? h('span', {class: 'help muted', id: `${id}-help`}, help) : null,
    h('span', {class: 'field-error error', id: `${id}-error`, 'data-error-for': name}));
}

/**
 * Puts each message next to its field (in place: re-rendering would take the focus from the field being typed
 * in) and marks the field invalid; returns the messages of fields the form does not show.
 */
export function showFieldErrors(form, errors) {
  for (const span of form.querySelectorAll('[data-error-for]')) {
    const message = errors.get(span.dataset.errorFor) || '';
    span.textContent = message;
    const input = form.querySelector(`[data-field="${CSS.escape(span.dataset.errorFor)}"]`);
    if (input && message) input.setAttribute('aria-invalid', 'true');
    if (input && !message) input.removeAttribute('aria-invalid');
  }
  return [...errors.entries()].filter(([k]) => !form.querySelector(`[data-error-for="${CSS.escape(k)}"]`))
    .map(([k, v]) => `${k}: ${v}`);
}
