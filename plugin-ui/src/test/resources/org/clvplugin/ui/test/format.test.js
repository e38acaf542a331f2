import {formatter} from '../ui/format.js';
import {eq, plain, test} from './harness.js';

test('money: whole units from 100 up, cents below, in the run currency', () => {
  const f = formatter('en-US', 'USD');
  eq(f.money(1240.4), '$1,240');
  eq(f.money(95.742), '$95.74');
  eq(f.money(-150.5), '-$151');
  eq(f.money(NaN), '–');
  eq(f.money(null), '–');
});

test('money in German and Norwegian keeps the currency and the local grouping', () => {
  eq(plain(formatter('de-DE', 'EUR').money(1240)), '1.240 €');
  eq(plain(formatter('nb', 'NOK').money(7484)), '7 484 kr');
});

test('percent: none from 10 %, one decimal below, two below 1 %', () => {
  const f = formatter('en-US', 'USD');
  eq(f.percent(0.004), '0.4%');
  eq(f.percent(0.0004), '0.04%', 'ten Platinum contacts of 23,572 are not 0 %');
  eq(f.percent(0.034), '3.4%');
  eq(f.percent(0.25), '25%');
  eq(f.percent(0), '0%');
  eq(plain(formatter('de-DE', 'EUR').percent(0.004)), '0,4 %');
});

test('a calendar day is that day in every time zone', () => {
  eq(formatter('en-US', 'USD').day('1998-06-30'), 'Jun 30, 1998');
  eq(formatter('de-DE', 'EUR').day('1998-06-30'), '30.06.1998');
  eq(formatter('en-US', 'USD').day(null), '–');
});

test('numbers round to the digits asked', () => {
  eq(formatter('en-US', 'USD').number(82.889, 1), '82.9');
  eq(formatter('en-US', 'USD').number(23571), '23,571');
  eq(formatter('uk', 'UAH').number(0.5, 1), '0,5');
});
