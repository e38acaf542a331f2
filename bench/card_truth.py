"""Reads every contact's card over the API and counts what issue 14 asks a card never to show: P(alive) at 99.9 %
or more, a positive CLV without a likely range of some width, an explanation whose expected orders or horizon are
not the card's own, P(alive) and churn risk that are not complements. Also counts the cards whose RFM segment and
churn risk disagree (the card explains those). Usage: card_truth.py PORT TOKEN (an API token with contacts:read).
"""
import json, sys, time, urllib.parse, urllib.request
base = "http://localhost:%s/clv/api/v1" % sys.argv[1]
token = sys.argv[2]
def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())
ids = []
cursor = None
while True:
    page = get("/contacts?limit=200" + ("&cursor=" + cursor if cursor else ""))
    ids += [i["partyId"] for i in page["items"]]
    cursor = page.get("nextCursor")
    if not cursor: break
scored = alive999 = zero_width = mismatch = no_alive = conflicts = 0
examples = {}
t0 = time.time()
for pid in ids:
    v = get("/contacts/%s/value" % urllib.parse.quote(pid))
    if v["status"] != "SCORED": continue
    scored += 1
    p = v["prediction"]; e = v["explanation"]
    if p["probabilityAlive"] is None: no_alive += 1
    elif p["probabilityAlive"] >= 0.999: alive999 += 1
    if p["clv"] > 0 and (p["clvLow"] is None or p["clvHigh"] is None or p["clvHigh"] - p["clvLow"] <= 0): zero_width += 1
    if e is None or e["expectedOrders"] != p["expectedOrders"] or e["horizonMonths"] != p["horizonMonths"]: mismatch += 1
    if p["probabilityAlive"] is not None and abs(p["probabilityAlive"] + p["churnRisk"] - 1) > 1e-9: mismatch += 1
    ag = e and e["drivers"]["agreement"]
    if ag and ag != "AGREE":
        conflicts += 1
        examples.setdefault(ag, (pid, v["rfm"]["segment"], p["churnRisk"], e["drivers"]))
print("contacts listed", len(ids), "scored", scored, "in %.0f s" % (time.time() - t0))
print(">= 99.9%% active: %d (%.2f %%)" % (alive999, 100.0 * alive999 / scored))
print("no churn estimate:", no_alive)
print("positive CLV with zero-width or missing interval:", zero_width)
print("cards whose explanation's expected orders or horizon differ, or alive+churn != 1:", mismatch)
print("segment/model disagreements explained on the card:", conflicts)
for kind, (pid, segment, churn, drivers) in examples.items():
    print("  e.g. %s: %s, segment %s, churn risk %.1f %%, %.1f weeks since the last order, %s x the usual gap"
          % (kind, pid, segment, 100 * churn, drivers["weeksSinceLastOrder"], drivers["gapRatio"]))
