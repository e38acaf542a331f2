import {LANGUAGES, resolveLanguage, segmentsLabelled, translator} from '../ui/i18n.js';
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

// Words that are the same in English and some of the other languages.
const SAME_IN_SOME = ['card.segment', 'card.churnValue', 'list.name'];

test('every language has every string of the card, the list and the pages', () => {
  const en = translator('en');
  const keys = ['card.title', 'card.predicted', 'card.likely', 'card.spent', 'card.tier', 'card.toNext',
    'card.toNextPoints', 'card.topTier', 'card.noTier', 'card.since', 'tier.at', 'tier.crossed', 'tier.grace',
    'tier.policy', 'tier.percentile', 'card.oneRun', 'card.churn', 'risk.low', 'risk.medium',
    'risk.high', 'card.churnValue', 'card.expectedOrders', 'card.orderValue', 'card.segment', 'card.why',
    'card.whyText', 'card.whyAlive', 'card.whyFormula', 'card.noRange', 'card.churnUnknown',
    'card.churnUnknownFormula', 'card.churnUnknownModel', 'card.churnOtherModel', 'card.whyAliveUnknown',
    'why.recencyOnce', 'why.recencyRhythm', 'why.spendAbove', 'why.spendBelow', 'why.spendAbout', 'why.conflictLost', 'why.conflictLostWeeks',
    'why.conflictActive', 'card.trend', 'card.trendLabel', 'card.timeline',
    'card.entered', 'card.up', 'card.down', 'card.left', 'card.loading', 'card.noOrders', 'card.noRun',
    'card.notScored', 'card.error', 'card.notFound', 'card.forbidden', 'card.signIn', 'card.retry', 'card.stale',
    'card.run', 'card.progressLabel', 'list.search', 'list.searchPlaceholder', 'list.searchButton',
    'list.all', 'list.name', 'list.clv', 'list.historical', 'list.none', 'list.more',
    'list.notScored', 'page.contacts', 'page.admin', 'page.signOut', 'page.profile', 'page.contact', 'page.partyId',
    'page.owner', 'page.orders', 'page.count', 'page.firstOrder', 'page.lastOrder', 'page.back',
    'page.notFoundTitle', 'page.notFound', 'page.forbiddenTitle', 'page.forbidden'];
  for (const language of LANGUAGES) {
    const t = translator(language);
    for (const key of keys) {
      ok(t(key) !== key, `${language} lacks ${key}`);
      if (language !== 'en' && !SAME_IN_SOME.includes(key)) ok(t(key) !== en(key), `${language} copies English in ${key}`);
    }
    ok(t.plural('card.orders', 2) !== 'card.orders', `${language} lacks the plural of orders`);
    ok(t.plural('why.frequency', 2) !== 'why.frequency', `${language} lacks the plural of purchase days`);
    for (const key of ['list.matches', 'list.topCount']) {
      for (const n of [1, 2, 5, 21]) {
        const text = t.plural(key, n, String(n), {q: 'novak'});
        ok(text !== key && text.includes(String(n)) && !text.includes('{'), `${language} ${key} ${n}: ${text}`);
      }
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
  eq(translator('en').plural('list.matches', 1, '1', {q: 'novak'}), '1 contact matches “novak”, most valuable first');
  eq(translator('en').plural('list.matches', 588, '588', {q: 'novak'}),
    '588 contacts match “novak”, most valuable first');
  eq(translator('uk').plural('list.matches', 22, '22', {q: 'novak'}),
    '22 контакти відповідають «novak», найцінніші спочатку');
  eq(translator('uk').plural('list.matches', 25, '25', {q: 'novak'}),
    '25 контактів відповідають «novak», найцінніші спочатку');
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
