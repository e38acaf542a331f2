// A very small test runner for the browser: tests register, run in order, and report to the page and to
// window.clvTests, which the JUnit test reads.

const tests = [];

export function test(name, fn) {
  tests.push({name, fn});
}

function show(value) {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, null, 0);
}

export function eq(actual, expected, message) {
  if (show(actual) !== show(expected)) {
    throw new Error(`${message ? message + ': ' : ''}expected ${show(expected)}, was ${show(actual)}`);
  }
}

export function ok(condition, message) {
  if (!condition) throw new Error(message || 'expected true');
}

export function throws(fn, message) {
  try {
    fn();
  } catch (e) {
    return;
  }
  throw new Error(message || 'expected an exception');
}

/** Spaces of any kind as plain spaces: Intl uses narrow and no-break spaces in some locales. */
export function plain(text) {
  return text.replace(/[\s\u00a0\u202f]/g, ' ');
}

export async function run() {
  const results = {done: false, passed: [], failed: []};
  const list = document.getElementById('results');
  for (const t of tests) {
    const item = document.createElement('li');
    try {
      await t.fn();
      results.passed.push(t.name);
      item.textContent = 'ok ' + t.name;
    } catch (e) {
      results.failed.push(`${t.name}: ${e.message}`);
      item.textContent = `FAILED ${t.name}: ${e.message}`;
    }
    list.append(item);
  }
  results.done = true;
  window.clvTests = results;
}
