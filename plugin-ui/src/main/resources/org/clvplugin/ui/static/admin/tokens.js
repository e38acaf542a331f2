// API tokens: the tokens other systems use (Authorization: Bearer clv_...), with what each may do, who made it and
// when it was last used; admins make one (shown once, to copy) and revoke one (after a confirmation).

import {h, replace} from '../dom.js';
import {field, showFieldErrors} from './fields.js';

export const SCOPES = ['contacts:read', 'summary:read', 'rules:write', 'admin:read'];

export async function tokens({api, t, f, canWrite}) {
  const fmt = f(null);
  const root = h('div', {class: 'tokens'});
  const status = h('p', {class: 'status', role: 'status'});
  const made = h('section', {class: 'token-made', 'aria-live': 'polite'});
  const dialog = h('dialog', {'aria-labelledby': 'revoke-title'});

  async function refresh() {
    const list = await api.get('tokens');
    replace(root, dialog, h('p', {}, t('tokens.intro')), h('p', {class: 'help muted'}, t('tokens.ownRule')),
      status, made,
      list.length === 0 ? h('p', {class: 'muted no-tokens'}, t('tokens.none')) : h('table', {class: 'token-list',
        tabindex: '0', 'aria-label': t('admin.tab.tokens')}, // it scrolls on a phone: the keyboard must reach it
        h('thead', {}, h('tr', {}, ['tokens.name', 'tokens.prefix', 'tokens.scopes', 'tokens.owner', 'tokens.made',
          'tokens.lastUsed', 'tokens.state'].map((key) => h('th', {}, t(key))).concat(h('th', {})))),
        h('tbody', {}, list.map((x) => h('tr', {'data-token': x.id, 'data-revoked': String(!!x.revokedAt)},
          h('td', {}, x.name), h('td', {}, h('code', {}, x.prefix + '…')),
          h('td', {}, x.scopes.map((s) => t('tokens.scope.' + s)).join(', ')),
          h('td', {}, x.owner || t('tokens.noOwner')),
          h('td', {}, t('tokens.madeBy', {who: x.createdBy, date: fmt.time(x.createdAt)})),
          h('td', {class: 'last-used'}, x.lastUsedAt ? fmt.time(x.lastUsedAt) : t('tokens.never')),
          h('td', {class: 'state'}, x.revokedAt ? t('tokens.revokedBy', {who: x.revokedBy,
            date: fmt.time(x.revokedAt)}) : t('tokens.active')),
          h('td', {}, canWrite && !x.revokedAt ? h('button', {type: 'button', class: 'secondary revoke',
            'aria-label': t('tokens.revokeLabel', {name: x.name}), onclick: () => confirmRevoke(x)},
          t('tokens.revoke')) : null))))),
      canWrite ? form() : null);
  }

  function confirmRevoke(x) {
    replace(dialog, h('h3', {id: 'revoke-title'}, t('tokens.revokeTitle', {name: x.name})),
      h('p', {}, t('tokens.revokeText')),
      h('form', {method: 'dialog', class: 'dialog-actions'},
        h('button', {value: 'cancel', class: 'secondary'}, t('common.cancel')),
        h('button', {value: 'revoke', class: 'confirm-revoke'}, t('tokens.revoke'))));
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'revoke') return;
      try {
        await api.request('DELETE', `tokens/${x.id}`);
        status.textContent = t('tokens.revoked', {name: x.name});
      } catch (e) {
        status.textContent = e.message;
      }
      replace(made);
      await refresh();
    };
    dialog.showModal();
  }

  function form() {
    const name = h('input', {type: 'text', maxlength: 60, autocomplete: 'off'});
    const owner = h('input', {type: 'text', maxlength: 20, autocomplete: 'off'});
    const boxes = SCOPES.map((s) => h('input', {type: 'checkbox', value: s, 'data-scope': s}));
    const formError = h('p', {class: 'form-error error', role: 'alert'});
    const scopes = h('fieldset', {'data-field': 'scopes', 'aria-describedby': 'token-scopes-error'},
      h('legend', {}, t('tokens.scopes')),
      boxes.map((box, i) => h('div', {class: 'scope'}, h('label', {class: 'check'}, box, ` ${t('tokens.scope.'
        + SCOPES[i])}`), h('div', {class: 'help muted'}, t('tokens.scopeHelp.' + SCOPES[i])))),
      h('span', {class: 'field-error error', id: 'token-scopes-error', 'data-error-for': 'scopes'}));
    const element = h('form', {class: 'token-form', novalidate: true},
      h('h3', {}, t('tokens.new')),
      field('token-', 'name', t('tokens.name'), name, t('tokens.nameHelp')),
      scopes,
      field('token-', 'owner', t('tokens.owner'), owner, t('tokens.ownerHelp')),
      formError,
      h('button', {type: 'submit', class: 'make-token'}, t('tokens.make')));
    element.onsubmit = async (e) => {
      e.preventDefault();
      formError.textContent = '';
      try {
        const answer = await api.post('tokens', {name: name.value, owner: owner.value || null,
          scopes: boxes.filter((b) => b.checked).map((b) => b.value)});
        await refresh();
        showMade(answer);
      } catch (error) {
        const errors = new Map(Object.entries(error.fieldErrors ? error.fieldErrors(t, fmt) : {}));
        const rest = showFieldErrors(element, errors);
        formError.textContent = errors.size ? t.plural('tokens.notMade', errors.size) + ' ' + rest.join(' ')
          : error.message;
      }
    };
    return element;
  }

  function showMade(answer) {
    const value = h('input', {type: 'text', readonly: true, value: answer.token, class: 'new-token',
      'aria-label': t('tokens.theToken', {name: answer.view.name})});
    const copied = h('span', {class: 'muted', role: 'status'});
    replace(made, h('h3', {}, t('tokens.madeTitle', {name: answer.view.name})),
      h('p', {class: 'warning'}, t('tokens.copyNow')),
      h('div', {class: 'actions'}, value, h('button', {type: 'button', class: 'secondary copy', onclick: async () => {
        value.select();
        try {
          await navigator.clipboard.writeText(answer.token);
          copied.textContent = t('tokens.copied');
        } catch (e) {
          copied.textContent = t('tokens.copyByHand');
        }
      }}, t('tokens.copy')), copied),
      h('p', {class: 'help muted'}, t('tokens.howToUse', {header: 'Authorization: Bearer ' + answer.view.prefix
        + '…'})));
    value.focus();
    value.select();
  }

  await refresh();
  return root;
}
