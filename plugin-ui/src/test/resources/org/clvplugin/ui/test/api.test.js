import {Api, ApiError} from '../ui/api.js';
import '../ui/clv-contact-card.js';
import {eq, ok, test} from './harness.js';

/** Replaces fetch while fn runs; returns the requests it saw. */
async function withFetch(answer, fn) {
  const seen = [];
  const original = window.fetch;
  window.fetch = async (url, init) => {
    seen.push({url, headers: init.headers, method: init.method});
    return new Response(JSON.stringify(answer.body), {status: answer.status});
  };
  try {
    await fn();
  } finally {
    window.fetch = original;
  }
  return seen;
}

test('inside OFBiz the card token is sent as a bearer token; without one nothing is', async () => {
  const withToken = await withFetch({status: 200, body: {ok: true}}, () => new Api('/clv/api/v1/', 'clv1.abc.def')
    .get('me'));
  eq(withToken[0].headers.Authorization, 'Bearer clv1.abc.def');
  eq(withToken[0].url, '/clv/api/v1/me');
  const without = await withFetch({status: 200, body: {}}, () => new Api('/clv/api/v1/').get('me'));
  ok(!('Authorization' in without[0].headers), 'no token, no header');
  let refused = null;
  await withFetch({status: 401, body: {title: 'Unauthorized', detail: 'the card’s sign-in has expired'}},
    () => new Api('/clv/api/v1/', 'old').get('me').catch((e) => { refused = e; }));
  ok(refused instanceof ApiError);
  eq(refused.status, 401);
  eq(refused.message, 'the card’s sign-in has expired');
});

test('the card passes its token attribute to every request', async () => {
  const el = document.createElement('clv-contact-card');
  el.setAttribute('token', 'clv1.card.sig');
  el.setAttribute('api-base', '/clv/api/v1/');
  const seen = await withFetch({status: 404, body: {title: 'Not found'}}, async () => {
    document.getElementById('stage').append(el);
    el.setAttribute('party-id', 'CD1');
    await el.load();
  });
  ok(seen.length >= 2, 'value and history: ' + seen.length);
  for (const r of seen) eq(r.headers.Authorization, 'Bearer clv1.card.sig');
  el.remove();
});
