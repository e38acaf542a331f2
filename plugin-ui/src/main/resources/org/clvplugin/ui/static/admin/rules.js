// Rules: the place of the follow-up rules editor (tasks and webhooks when a value or tier changes).

import {h} from '../dom.js';

export async function rules() {
  return h('div', {class: 'rules'},
    h('p', {}, 'Follow-up rules create a task for the contact’s owner or send a signed webhook when a value or tier'
      + ' changes between two runs.'),
    h('p', {class: 'muted'}, 'This version of the plugin has no rules engine yet; the editor appears here when it does.'));
}
