// Links to the page "How values are computed" (help.html), from the card and the console.

/** The page beside this module (so inside OFBiz too), in the given language, at a section. */
export function helpPage(language, section) {
  const url = new URL('help.html', import.meta.url);
  url.searchParams.set('lang', language);
  url.hash = section;
  return url.pathname + url.search + url.hash;
}
