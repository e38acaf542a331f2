import {settings} from '../ui/admin/settings.js';
import {eq, ok, test} from './harness.js';

const SETTINGS = [{key: 'schedule.cron', value: '0 0 2 31 2 ?', defaultValue: '0 0 2 * * ?', isDefault: false,
  help: 'When the recompute runs', takesEffect: 'AT_ONCE'}];

function api(health) {
  return {get: async (path) => {
    if (path === 'settings') return SETTINGS;
    if (path === 'health') return health;
    throw new Error('unexpected ' + path);
  }};
}

test('a stored setting the host could not apply is shown above the settings, with why', async () => {
  const why = "schedule.cron: '0 0 2 31 2 ?' never fires from now on";
  const tab = await settings({api: api({status: 'UP', settingsNotApplied: [why]}), canWrite: true});
  const notice = tab.querySelector('.not-applied[role=alert]');
  ok(notice, 'an alert is shown');
  ok(notice.textContent.includes('the host runs with the default'), notice.textContent);
  eq(notice.querySelector('li').textContent, why);
});

test('with every setting applied there is no notice', async () => {
  const tab = await settings({api: api({status: 'UP'}), canWrite: true});
  eq(tab.querySelector('.not-applied'), null);
});
