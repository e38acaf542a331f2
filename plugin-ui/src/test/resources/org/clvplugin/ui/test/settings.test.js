import {ADMIN_MESSAGES} from '../ui/admin/messages.js';
import {settings} from '../ui/admin/settings.js';
import {addMessages, translator} from '../ui/i18n.js';
import {eq, ok, test} from './harness.js';

addMessages(ADMIN_MESSAGES);
const t = translator('en');

const SETTINGS = [{key: 'schedule.cron', value: '0 0 2 31 2 ?', defaultValue: '0 0 2 * * ?', isDefault: false,
  help: 'When the recompute runs', takesEffect: 'AT_ONCE'},
{key: 'future.setting', value: '3', defaultValue: '3', isDefault: true, help: 'A setting this UI does not know yet',
  takesEffect: 'NEXT_RUN'}];

function api(health) {
  return {get: async (path) => {
    if (path === 'settings') return SETTINGS;
    if (path === 'health') return health;
    throw new Error('unexpected ' + path);
  }};
}

test('a stored setting the host could not apply is shown above the settings, with why', async () => {
  const why = "schedule.cron: '0 0 2 31 2 ?' never fires from now on";
  const tab = await settings({api: api({status: 'UP', settingsNotApplied: [why]}), t, canWrite: true});
  const notice = tab.querySelector('.not-applied[role=alert]');
  ok(notice, 'an alert is shown');
  ok(notice.textContent.includes('the host runs with the default'), notice.textContent);
  eq(notice.querySelector('li').textContent, why);
});

test('with every setting applied there is no notice', async () => {
  const tab = await settings({api: api({status: 'UP'}), t, canWrite: true});
  eq(tab.querySelector('.not-applied'), null);
});

test('in Ukrainian the settings tab speaks Ukrainian, the server’s help aside', async () => {
  const tab = await settings({api: api({status: 'UP', settingsNotApplied: ['x']}), t: translator('uk'),
    canWrite: true});
  ok(tab.querySelector('.not-applied').textContent.startsWith('Не застосовано'), tab.textContent);
  eq(tab.querySelector('legend').textContent, 'Розклад');
  eq(tab.querySelector('button[type=submit]').textContent, 'Зберегти налаштування');
  eq(tab.querySelector('label').textContent, 'Розклад перерахунку schedule.cron', 'labelled, with its key');
  eq(tab.querySelector('.help').textContent, 'Коли виконується перерахунок: вираз Quartz cron у часовому поясі'
    + ' сервера. (за замовчуванням: 0 0 2 * * ?). Діє одразу.');
  const unknown = tab.querySelector('[data-for="future.setting"]');
  eq(unknown.querySelector('label').textContent, 'future.setting', 'a setting the UI does not know: its key');
  ok(unknown.querySelector('.help').textContent.startsWith('A setting this UI does not know yet'),
    'and the server’s help');
});
