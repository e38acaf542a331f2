import {ADMIN_MESSAGES} from '../ui/admin/messages.js';
import {settings} from '../ui/admin/settings.js';
import {formatter} from '../ui/format.js';
import {addMessages, translator} from '../ui/i18n.js';
import {eq, ok, test} from './harness.js';

addMessages(ADMIN_MESSAGES);
const t = translator('en');

const SETTINGS = [{key: 'schedule.cron', value: '0 0 2 31 2 ?', defaultValue: '0 0 2 * * ?', isDefault: false,
  help: 'When the recompute runs', takesEffect: 'AT_ONCE'},
{key: 'future.setting', value: '3', defaultValue: '3', isDefault: true, help: 'A setting this UI does not know yet',
  takesEffect: 'NEXT_RUN'}];

function api(health, asked = []) {
  return {get: async (path) => {
    if (path === 'settings') return SETTINGS;
    if (path === 'health') return health;
    if (path.startsWith('settings/schedule?cron=')) {
      const cron = decodeURIComponent(path.slice('settings/schedule?cron='.length));
      asked.push(cron);
      return cron.includes('31 2') ? {cron, timeZone: 'Europe/Oslo', next: [], refused: {field: 'schedule.cron',
        code: 'cron.never'}} : {cron, timeZone: 'Europe/Oslo', next: ['2026-12-04T01:00:00Z',
        '2026-12-05T01:00:00Z', '2026-12-06T01:00:00Z'], refused: null};
    }
    throw new Error('unexpected ' + path);
  }};
}

test('a stored setting the host could not apply is shown above the settings, with why', async () => {
  const why = "schedule.cron: '0 0 2 31 2 ?' never fires from now on";
  const tab = await settings({api: api({status: 'UP', settingsNotApplied: [why]}), t,
    f: () => formatter('en', 'USD'), canWrite: true});
  const notice = tab.querySelector('.not-applied[role=alert]');
  ok(notice, 'an alert is shown');
  ok(notice.textContent.includes('the host runs with the default'), notice.textContent);
  eq(notice.querySelector('li').textContent, why);
});

test('with every setting applied there is no notice', async () => {
  const tab = await settings({api: api({status: 'UP'}), t, f: () => formatter('en', 'USD'), canWrite: true});
  eq(tab.querySelector('.not-applied'), null);
});

test('in Ukrainian the settings tab speaks Ukrainian, the server’s help aside', async () => {
  const tab = await settings({api: api({status: 'UP', settingsNotApplied: ['x']}), t: translator('uk'),
    f: () => formatter('uk', 'USD'), canWrite: true});
  ok(tab.querySelector('.not-applied').textContent.startsWith('Не застосовано'), tab.textContent);
  eq(tab.querySelector('legend').textContent, 'Розклад та історія');
  eq(tab.querySelector('button[type=submit]').textContent, 'Зберегти налаштування');
  eq(tab.querySelector('label').textContent, 'Розклад перерахунку schedule.cron', 'labelled, with its key');
  eq(tab.querySelector('.help').textContent, 'Коли виконується перерахунок: вираз Quartz cron у часовому поясі'
    + ' сервера. (за замовчуванням: 0 0 2 * * ?). Діє одразу.');
  const unknown = tab.querySelector('[data-for="future.setting"]');
  eq(unknown.querySelector('label').textContent, 'future.setting', 'a setting the UI does not know: its key');
  ok(unknown.querySelector('.help').textContent.startsWith('A setting this UI does not know yet'),
    'and the server’s help');
});

const FORM = [{key: 'schedule.cron', value: '0 0 2 * * ?', defaultValue: '0 0 2 * * ?', isDefault: true, help: '',
  takesEffect: 'AT_ONCE'},
{key: 'clv.monthlyDiscount', value: '0.01', defaultValue: '0.01', isDefault: true, help: '', takesEffect: 'NEXT_RUN'},
{key: 'model.purchase', value: 'auto', defaultValue: 'auto', isDefault: true, help: '', takesEffect: 'NEXT_RUN'},
{key: 'security.viewersOwnContactsOnly', value: 'false', defaultValue: 'false', isDefault: true, help: '',
  takesEffect: 'AT_ONCE'},
{key: 'clv.horizonMonths', value: '12', defaultValue: '12', isDefault: true, help: '', takesEffect: 'NEXT_RUN'}];

async function settle() {
  for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done, 0));
}

test('each setting has the control that suits it, and what is saved is the value the API stores', async () => {
  const asked = [];
  let saved = null;
  const form = {get: async (path) => (path === 'settings' ? FORM : api({status: 'UP'}, asked).get(path)),
    put: async (path, body) => {
      saved = body;
      return [];
    }};
  const tab = await settings({api: form, t, f: () => formatter('en', 'USD'), canWrite: true});
  document.body.append(tab); // a form submits only when it is in a document
  await settle();
  eq([...tab.querySelectorAll('legend')].map((l) => l.textContent),
    ['Schedule and history', 'Model and value', 'Tiers', 'Security'], 'the groups, in order');
  ok(tab.querySelector('[data-group="group.tiers"] a[href="#tiers"]'), 'the tiers are set in their editor');
  eq(tab.querySelector('.cron-words').textContent, 'Every day at 02:00, server time (Europe/Oslo). Next runs: '
    + 'Friday, December 4, 2026 at 2:00 AM; Saturday, December 5, 2026 at 2:00 AM; Sunday, December 6, 2026 at '
    + '2:00 AM.');
  const discount = tab.querySelector('[data-field="clv.monthlyDiscount"]');
  eq(discount.value, '1', 'a share as a percentage');
  const model = tab.querySelector('[data-field="model.purchase"]');
  eq(model.tagName, 'SELECT');
  eq([...model.options].map((o) => o.textContent), ['Automatic: the best in each run’s backtest', 'BG/NBD', 'MBG/NBD',
    'Pareto/NBD']);
  const own = tab.querySelector('[data-field="security.viewersOwnContactsOnly"]');
  eq(own.getAttribute('role'), 'switch');
  ok(tab.querySelector('[data-for="clv.horizonMonths"]').textContent.includes('months'), 'a count with its unit');

  const mode = tab.querySelector('.schedule-picker select');
  mode.value = 'weekly';
  mode.dispatchEvent(new Event('change'));
  await settle();
  eq(asked[asked.length - 1], '0 0 2 ? * MON', 'every week: Mondays at the same time');
  ok(tab.querySelector('.cron-words').textContent.startsWith('Every Monday at 02:00'));
  discount.value = '2.5';
  discount.dispatchEvent(new Event('input'));
  model.value = 'paretonbd';
  model.dispatchEvent(new Event('change'));
  own.click();
  tab.querySelector('form').requestSubmit();
  await settle();
  eq(saved, {'schedule.cron': '0 0 2 ? * MON', 'clv.monthlyDiscount': '0.025', 'model.purchase': 'paretonbd',
    'security.viewersOwnContactsOnly': 'true'});
  tab.remove();
});

test('a share refused is said as the percentage typed', async () => {
  const {ApiError} = await import('../ui/api.js');
  const refusing = {get: async (path) => (path === 'settings' ? FORM : api({status: 'UP'}).get(path)),
    put: async () => {
      throw new ApiError(400, {errors: [{field: 'clv.monthlyDiscount', message: 'from 0 to 1, was 1.5',
        code: 'range', params: {min: 0, max: 1, value: 1.5}}]});
    }};
  const tab = await settings({api: refusing, t, f: () => formatter('en', 'USD'), canWrite: true});
  document.body.append(tab);
  const discount = tab.querySelector('[data-field="clv.monthlyDiscount"]');
  discount.value = '150';
  discount.dispatchEvent(new Event('input'));
  tab.querySelector('form').requestSubmit();
  await settle();
  eq(tab.querySelector('[data-error-for="clv.monthlyDiscount"]').textContent, 'Between 0% and 100%; was 150%.');
  eq(tab.querySelector('.status').textContent, 'Nothing was saved: 1 field was refused.');
  tab.remove();
});
