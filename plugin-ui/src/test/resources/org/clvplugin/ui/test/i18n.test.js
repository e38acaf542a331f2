import {ADMIN_MESSAGES} from '../ui/admin/messages.js';
import {formatter} from '../ui/format.js';
import {HELP} from '../ui/help/texts.js';
import {addMessages, LANGUAGES, messagesOf, problemText, resolveLanguage, segmentsLabelled, translator}
  from '../ui/i18n.js';
import {eq, ok, test} from './harness.js';

test('the language comes from the first supported tag', () => {
  eq(resolveLanguage(['nb-NO']), {language: 'nb', locale: 'nb-NO'});
  eq(resolveLanguage(['fr-FR', 'de-CH']), {language: 'de', locale: 'de-CH'});
  eq(resolveLanguage(['uk']), {language: 'uk', locale: 'uk'});
  eq(resolveLanguage([null, 'da']), {language: 'da', locale: 'da'});
  eq(resolveLanguage([]), {language: 'en', locale: 'en'});
});

test('Norwegian without a written standard, and Nynorsk, read as Bokmål', () => {
  eq(resolveLanguage(['no']).language, 'nb');
  eq(resolveLanguage(['nn-NO']).language, 'nb');
  eq(resolveLanguage(['no']).locale, 'nb', 'Intl formats Norwegian as Bokmål');
});

test('a malformed tag still picks its language', () => {
  eq(resolveLanguage(['de_DE']).language, 'de');
  eq(resolveLanguage(['en-!!']).language, 'en');
});

// Texts that are rightly the same in English and some of the other languages (names, loanwords, templates).
const SAME_IN_SOME = new Set(['card.segment', 'card.churnValue', 'list.name', 'list.heading', 'list.trend',
  'dash.segment', 'model.parameter', 'runs.model', 'model.series.model', 'admin.tab.model', 'group.model',
  'model.logLikelihood', 'rules.webhook', 'rules.dryEvent', 'tiers.name', 'rules.name', 'setting.clv.margin',
  'audit.changed', 'tokens.name', 'choice.model.purchase.bgnbd', 'choice.model.purchase.mbgnbd',
  'choice.model.purchase.paretonbd']);

test('every language has every string of the UI and the console, in the plural forms it needs, and none more', () => {
  addMessages(ADMIN_MESSAGES);
  const en = messagesOf('en');
  ok(Object.keys(en).length > 400, 'the card\'s, the list\'s and the console\'s tables: ' + Object.keys(en).length);
  for (const language of LANGUAGES) {
    const own = messagesOf(language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, text] of Object.entries(en)) {
      ok(key in own, `${language} lacks ${key}`);
      if (!(key in own)) continue;
      eq(typeof own[key], typeof text, `${language} ${key}: a plural where English has one, a text where it has one`);
      if (typeof text === 'object') {
        for (const category of categories) {
          ok(typeof own[key][category] === 'string', `${language} ${key} lacks the plural form ${category}`);
        }
      } else if (language !== 'en' && !SAME_IN_SOME.has(key)) {
        ok(own[key] !== text, `${language} copies English in ${key}`);
      }
      const placeholders = (value) => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1])
        .filter((name) => name !== 'n').sort().filter((name, i, all) => all.indexOf(name) === i).join();
      eq(placeholders(own[key]), placeholders(text), `${language} ${key}: the same placeholders as English`);
    }
    for (const key of Object.keys(own)) ok(key in en, `${language} has ${key}, which English lacks`);
  }
});

test('the page "How values are computed" has every section, each with its text, in every language', () => {
  const sections = HELP.en.sections.map((s) => s.id);
  ok(sections.includes('orders') && sections.includes('backtest'), 'the sections the card and the console link to');
  for (const language of LANGUAGES) {
    const help = HELP[language];
    ok(help && help.title && help.intro && help.contents, `${language}: title, introduction, contents`);
    eq(help.sections.map((s) => s.id), sections, `${language}: the same sections in the same order`);
    for (const [i, s] of help.sections.entries()) {
      eq(s.text.length, HELP.en.sections[i].text.length, `${language} ${s.id}: as many paragraphs as in English`);
      ok(s.heading && s.text.every((p) => p.length > 40), `${language} ${s.id}: a heading and real paragraphs`);
      if (language !== 'en') ok(s.text[0] !== HELP.en.sections[i].text[0], `${language} ${s.id}: translated`);
    }
  }
});

test('placeholders are filled and unknown keys fall back to English, then the key', () => {
  eq(translator('de')('card.toNext', {amount: '180 $', tier: 'Gold'}), '180 $ bis Gold');
  eq(translator('uk')('no.such.key'), 'no.such.key');
  eq(translator('nb')('card.since', {}), 'på dette nivået siden kjøringen {date}',
    'a missing value leaves the placeholder visible');
});

test('the list counts in each language\'s plural', () => {
  eq(translator('en').plural('list.contacts', 1, '1'), '1 contact');
  eq(translator('en').plural('list.contacts', 588, '588'), '588 contacts');
  eq(translator('uk').plural('list.contacts', 22, '22'), '22 контакти');
  eq(translator('uk').plural('list.contacts', 25, '25'), '25 контактів');
});

test('plurals follow each language: Ukrainian has one, few and many', () => {
  const uk = translator('uk');
  eq(uk.plural('card.orders', 1), '1 замовленні');
  eq(uk.plural('card.orders', 3), '3 замовленнях');
  eq(uk.plural('card.orders', 11), '11 замовленнях');
  const en = translator('en');
  eq(en.plural('card.orders', 1), '1 order');
  eq(en.plural('card.orders', 1234, '1,234'), '1,234 orders', 'the count as formatted');
});

test('segment names are translated, English stays as the API names them', () => {
  for (const language of ['nb', 'da', 'de', 'uk']) {
    const t = translator(language);
    eq(segmentsLabelled(language).length, 11, `${language}: a label for each of the 11 segments`);
    for (const name of segmentsLabelled('nb')) ok(t.segment(name) && t.segment(name) !== name
      || name === 'Champions', `${language}: ${name}`);
  }
  eq(translator('en').segment('At risk'), 'At risk');
  eq(translator('de').segment('Unknown segment'), 'Unknown segment');
});

test('a refused field is said in the UI\'s language from its code, amounts as money; else the server\'s words', () => {
  const de = translator('de');
  const fmt = formatter('de', 'USD');
  eq(problemText({field: 'tiers[2].threshold', message: 'must be above the threshold of SILVER (50.0)',
    code: 'tier.above', params: {tier: 'Gold', below: 'Silber', threshold: 50, percentile: false}}, de, fmt),
  'Gold muss über Silber (50,00\u00a0$) beginnen.');
  eq(problemText({field: 'x', message: 'm', code: 'tier.above', params: {tier: 'Gold', below: 'Silber',
    threshold: 40, percentile: true}}, translator('en'), formatter('en', 'USD')), 'Gold must start above Silber (40).',
  'a percentile is no amount');
  eq(problemText({field: 'x', message: 'margin must be in [0, 1], was 2.0'}, de, fmt),
    'margin must be in [0, 1], was 2.0', 'no code: the message as the server wrote it');
  eq(problemText({field: 'x', message: 'something new', code: 'no.such.code'}, de, fmt), 'something new');
  eq(problemText({field: 'limit', message: 'must be less than or equal to 200', code: 'atMost',
    params: {max: '200'}}, translator('uk'), fmt), 'Не більше 200.');
});
