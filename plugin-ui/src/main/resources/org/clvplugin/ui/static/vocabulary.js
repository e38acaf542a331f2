// The values of the API's enumerations (RFM segments, rule trigger kinds, run states and phases, contact statuses)
// come from the server, which defines them (GET vocabulary); the UI keeps only their labels. Asked once per page.

const asked = new Map();

/** The vocabulary of the API behind `api`: {segments, triggerKinds, runStates, runPhases, contactStatuses}. */
export function vocabulary(api) {
  if (!asked.has(api.base)) {
    asked.set(api.base, api.get('vocabulary').catch((e) => {
      asked.delete(api.base); // a failed request is asked again next time
      throw e;
    }));
  }
  return asked.get(api.base);
}
