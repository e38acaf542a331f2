// The card's, the list's and the pages' strings in English, Norwegian (Bokmål), Danish, German and Ukrainian. The
// language comes from the element's or the page's lang attribute, else the browser's languages; numbers and dates
// go through Intl. (The admin console is in English: see docs/architecture.md.)

export const LANGUAGES = ['en', 'nb', 'da', 'de', 'uk'];

// The RFM segments' labels, by the name the API gives them (the list of segments is the server's: vocabulary.js).
const SEGMENTS = {
  en: {},
  nb: {
    'Champions': 'Mestere', 'Loyal customers': 'Lojale kunder', 'Potential loyalists': 'Mulige lojale',
    'New customers': 'Nye kunder', 'Promising': 'Lovende', 'Need attention': 'Trenger oppfølging',
    'About to sleep': 'I ferd med å sovne', 'At risk': 'I faresonen', "Can't lose them": 'Kan ikke mistes',
    'Hibernating': 'I dvale', 'Lost': 'Tapt',
  },
  da: {
    'Champions': 'Mestre', 'Loyal customers': 'Loyale kunder', 'Potential loyalists': 'Mulige loyale',
    'New customers': 'Nye kunder', 'Promising': 'Lovende', 'Need attention': 'Kræver opmærksomhed',
    'About to sleep': 'Ved at falde i søvn', 'At risk': 'I risiko', "Can't lose them": 'Må ikke mistes',
    'Hibernating': 'I dvale', 'Lost': 'Tabt',
  },
  de: {
    'Champions': 'Champions', 'Loyal customers': 'Treue Kunden', 'Potential loyalists': 'Potenziell treue',
    'New customers': 'Neukunden', 'Promising': 'Vielversprechend', 'Need attention': 'Brauchen Aufmerksamkeit',
    'About to sleep': 'Schlafen bald ein', 'At risk': 'Gefährdet', "Can't lose them": 'Unverzichtbar',
    'Hibernating': 'Im Winterschlaf', 'Lost': 'Verloren',
  },
  uk: {
    'Champions': 'Чемпіони', 'Loyal customers': 'Лояльні клієнти', 'Potential loyalists': 'Потенційно лояльні',
    'New customers': 'Нові клієнти', 'Promising': 'Перспективні', 'Need attention': 'Потребують уваги',
    'About to sleep': 'Засинають', 'At risk': 'Під загрозою', "Can't lose them": 'Не можна втратити',
    'Hibernating': 'У сплячці', 'Lost': 'Втрачені',
  },
};

/** The segment names a language has a label for (English shows the API's names). */
export function segmentsLabelled(language) {
  return Object.keys(SEGMENTS[language] || {});
}

const MESSAGES = {
  en: {
    'card.title': 'Customer value',
    'card.predicted': 'Predicted value, next {months} months',
    'card.likely': 'likely {low}–{high}',
    'card.spent': 'Bought so far: {amount} in {orders}',
    'card.orders': {one: '{n} order', other: '{n} orders'},
    'card.tier': 'Tier',
    'card.toNext': '{amount} to {tier}',
    'card.toNextPoints': '{amount} percentile points to {tier}',
    'card.topTier': 'Top tier',
    'card.noTier': 'No tier yet',
    'card.since': 'in this tier since the run of {date}',
    'tier.at': 'at {value}',
    'tier.crossed': 'crossed the threshold at {value}',
    'tier.grace': 'below the threshold for {spell} (grace over), at {value}',
    'tier.policy': 'the tier policy changed',
    'tier.runs': {one: '{n} run', other: '{n} runs'},
    'tier.days': {one: '{n} day', other: '{n} days'},
    'tier.percentile': 'percentile {n}',
    'card.oneRun': 'One run so far: {value}',
    'card.churn': 'Churn risk',
    'risk.low': 'Low', 'risk.medium': 'Medium', 'risk.high': 'High',
    'card.churnValue': '{level} ({percent})',
    'card.expectedOrders': 'Expected orders, next {months} months',
    'card.orderValue': 'Expected order value',
    'card.segment': 'Segment',
    'card.why': 'Why this value',
    'card.whyText': 'About {orders} orders in the next {months} months × {orderValue} per order × {margin} margin'
      + ' = {undiscounted}. Discounted at {rate} a month, that is worth {clv} today.',
    'card.whyAlive': 'Chance the contact is still active: {alive}.',
    'card.whyFormula': 'Estimated with the simple formula: there is too little repeat-purchase data for the'
      + ' statistical model.',
    'card.noRange': 'no likely range: the simple formula gives none',
    'card.churnUnknown': 'Not estimated',
    'card.churnUnknownFormula': 'The simple formula does not estimate churn: it assumes every contact keeps buying'
      + ' at the rate seen so far.',
    'card.churnUnknownModel': 'The model cannot tell churn for contacts who bought once, and no other model could'
      + ' be fitted for them.',
    'card.churnOtherModel': 'BG/NBD cannot tell churn for a contact who bought once; this risk comes from {model},'
      + ' fitted on the same data.',
    'card.whyAliveUnknown': 'Churn is not estimated for this contact.',
    'why.frequency': {one: 'Bought on {n} day in {weeks} weeks as a customer.',
      other: 'Bought on {n} days in {weeks} weeks as a customer.'},
    'why.recencyOnce': 'The only order was {since} weeks ago.',
    'why.recencyRhythm': 'Last order {since} weeks ago; this contact usually orders every {gap} weeks'
      + ' ({ratio}× the usual gap).',
    'why.spendAbove': 'Average order {value}, {percent} above the average of {base} across contacts.',
    'why.spendBelow': 'Average order {value}, {percent} below the average of {base} across contacts.',
    'why.spendAbout': 'Average order {value}, about the average of {base} across contacts.',
    'why.conflictLost': 'Bought often, but nothing for {months} months, {ratio}× the usual gap between orders:'
      + ' the segment “{segment}” compares recency with all contacts, the model with this contact’s own rhythm.',
    'why.conflictLostWeeks': 'Bought often, but nothing for {weeks} weeks, {ratio}× the usual gap between orders:'
      + ' the segment “{segment}” compares recency with all contacts, the model with this contact’s own rhythm.',
    'why.conflictActive': 'The segment “{segment}” sounds lapsed, but this contact usually orders every {gap}'
      + ' weeks, so {since} weeks without an order is not unusual for it.',
    'card.trend': 'Value over the last runs',
    'card.trendLabel': 'Predicted value in {n} runs: from {first} to {last}',
    'card.timeline': 'Tier changes',
    'card.entered': 'Entered {to}',
    'card.up': 'Up from {from} to {to}',
    'card.down': 'Down from {from} to {to}',
    'card.left': 'Left {from}',
    'card.loading': 'Loading the customer value…',
    'card.noOrders': 'No orders yet: the value appears after the first order is counted.',
    'card.noRun': 'No values yet: the first recompute has not finished.',
    'card.notScored': 'New since the last recompute: the value appears after the next one.',
    'card.error': 'The value could not be loaded.',
    'card.notFound': 'There is no contact with this id.',
    'card.forbidden': 'You may not see this contact’s value.',
    'card.signIn': 'Sign in to see values.',
    'card.retry': 'Try again',
    'card.stale': 'These values are from {date}; the scheduled recompute since then has not finished.',
    'card.run': 'Run {id} of {date} · data as of {asOf}',
    'card.progressLabel': 'Progress to {tier}',
    'list.search': 'Search contacts',
    'list.searchPlaceholder': 'Name or party id',
    'list.searchButton': 'Search',
    'list.matches': {one: '{n} contact matches “{q}”, most valuable first',
      other: '{n} contacts match “{q}”, most valuable first'},
    'list.topCount': {one: 'Top contacts: {n} contact by value', other: 'Top contacts: {n} contacts by value'},
    'list.all': 'All',
    'list.name': 'Name',
    'list.clv': 'Predicted value',
    'list.historical': 'Bought so far',
    'list.none': 'No contacts found.',
    'list.more': 'Show more',
    'list.notScored': 'not scored yet',
    'page.contacts': 'Contacts',
    'page.admin': 'Admin',
    'page.signOut': 'Sign out',
    'page.profile': 'Profile of {name}',
    'page.contact': 'Contact',
    'page.partyId': 'Party id',
    'page.owner': 'Owner',
    'page.orders': 'Orders',
    'page.count': 'Number of orders',
    'page.firstOrder': 'First order',
    'page.lastOrder': 'Last order',
    'page.back': 'All contacts',
    'page.notFoundTitle': 'Contact not found',
    'page.notFound': 'There is no contact with the id {id} that you may see. Check the link,'
      + ' or find the contact in the list.',
    'page.forbiddenTitle': 'No access',
    'page.forbidden': 'You may not see this contact. Ask an admin if you should.',
  },
  nb: {
    'card.title': 'Kundeverdi',
    'card.predicted': 'Forventet verdi, neste {months} måneder',
    'card.likely': 'trolig {low}–{high}',
    'card.spent': 'Kjøpt så langt: {amount} i {orders}',
    'card.orders': {one: '{n} ordre', other: '{n} ordrer'},
    'card.tier': 'Nivå',
    'card.toNext': '{amount} til {tier}',
    'card.toNextPoints': '{amount} prosentilpoeng til {tier}',
    'card.topTier': 'Øverste nivå',
    'card.noTier': 'Ikke noe nivå ennå',
    'card.since': 'på dette nivået siden kjøringen {date}',
    'tier.at': 'ved {value}',
    'tier.crossed': 'passerte terskelen ved {value}',
    'tier.grace': 'under terskelen i {spell} (fristen utløpt), ved {value}',
    'tier.policy': 'nivåreglene ble endret',
    'tier.runs': {one: '{n} kjøring', other: '{n} kjøringer'},
    'tier.days': {one: '{n} dag', other: '{n} dager'},
    'tier.percentile': 'persentil {n}',
    'card.oneRun': 'Én kjøring så langt: {value}',
    'card.churn': 'Risiko for frafall',
    'risk.low': 'Lav', 'risk.medium': 'Middels', 'risk.high': 'Høy',
    'card.churnValue': '{level} ({percent})',
    'card.expectedOrders': 'Forventede ordrer, neste {months} måneder',
    'card.orderValue': 'Forventet ordreverdi',
    'card.segment': 'Segment',
    'card.why': 'Hvorfor denne verdien',
    'card.whyText': 'Omtrent {orders} ordrer de neste {months} månedene × {orderValue} per ordre × {margin} margin'
      + ' = {undiscounted}. Diskontert med {rate} i måneden er det verdt {clv} i dag.',
    'card.whyAlive': 'Sjansen for at kontakten fortsatt er aktiv: {alive}.',
    'card.whyFormula': 'Beregnet med den enkle formelen: det er for lite data om gjenkjøp for den statistiske'
      + ' modellen.',
    'card.noRange': 'ingen trolig spennvidde: den enkle formelen gir ingen',
    'card.churnUnknown': 'Ikke beregnet',
    'card.churnUnknownFormula': 'Den enkle formelen beregner ikke frafall: den antar at hver kontakt fortsetter å'
      + ' kjøpe like ofte som hittil.',
    'card.churnUnknownModel': 'Modellen kan ikke si noe om frafall for kontakter som har kjøpt én gang, og ingen'
      + ' annen modell kunne tilpasses for dem.',
    'card.churnOtherModel': 'BG/NBD kan ikke si noe om frafall for en kontakt som har kjøpt én gang; denne'
      + ' risikoen kommer fra {model}, tilpasset de samme dataene.',
    'card.whyAliveUnknown': 'Frafall er ikke beregnet for denne kontakten.',
    'why.frequency': {one: 'Har kjøpt på {n} dag i løpet av {weeks} uker som kunde.',
      other: 'Har kjøpt på {n} dager i løpet av {weeks} uker som kunde.'},
    'why.recencyOnce': 'Den eneste ordren var for {since} uker siden.',
    'why.recencyRhythm': 'Siste ordre for {since} uker siden; vanligvis går det {gap} uker mellom kontaktens'
      + ' ordrer ({ratio}× det vanlige opphold).',
    'why.spendAbove': 'Gjennomsnittlig ordre {value}, {percent} over snittet på {base} for alle kontakter.',
    'why.spendBelow': 'Gjennomsnittlig ordre {value}, {percent} under snittet på {base} for alle kontakter.',
    'why.spendAbout': 'Gjennomsnittlig ordre {value}, omtrent som snittet på {base} for alle kontakter.',
    'why.conflictLost': 'Har kjøpt ofte, men ingenting på {months} måneder, {ratio}× det vanlige opphold mellom'
      + ' ordrer: segmentet «{segment}» sammenligner med alle kontakter, modellen med kontaktens egen rytme.',
    'why.conflictLostWeeks': 'Har kjøpt ofte, men ingenting på {weeks} uker, {ratio}× det vanlige opphold mellom'
      + ' ordrer: segmentet «{segment}» sammenligner med alle kontakter, modellen med kontaktens egen rytme.',
    'why.conflictActive': 'Segmentet «{segment}» høres bortfalt ut, men vanligvis går det {gap} uker mellom'
      + ' kontaktens ordrer, så {since} uker uten ordre er ikke uvanlig for den.',
    'card.trend': 'Verdi over de siste kjøringene',
    'card.trendLabel': 'Forventet verdi i {n} kjøringer: fra {first} til {last}',
    'card.timeline': 'Nivåendringer',
    'card.entered': 'Kom inn i {to}',
    'card.up': 'Opp fra {from} til {to}',
    'card.down': 'Ned fra {from} til {to}',
    'card.left': 'Forlot {from}',
    'card.loading': 'Laster kundeverdien …',
    'card.noOrders': 'Ingen ordrer ennå: verdien vises etter at den første ordren er telt.',
    'card.noRun': 'Ingen verdier ennå: den første beregningen er ikke ferdig.',
    'card.notScored': 'Ny siden siste beregning: verdien vises etter den neste.',
    'card.error': 'Verdien kunne ikke lastes.',
    'card.notFound': 'Det finnes ingen kontakt med denne ID-en.',
    'card.forbidden': 'Du har ikke tilgang til denne kontaktens verdi.',
    'card.signIn': 'Logg inn for å se verdier.',
    'card.retry': 'Prøv igjen',
    'card.stale': 'Verdiene er fra {date}; den planlagte beregningen etter det er ikke fullført.',
    'card.run': 'Kjøring {id} fra {date} · data per {asOf}',
    'card.progressLabel': 'Fremgang mot {tier}',
    'list.search': 'Søk etter kontakter',
    'list.searchPlaceholder': 'Navn eller part-ID',
    'list.searchButton': 'Søk',
    'list.matches': {one: '{n} kontakt passer til «{q}», mest verdifulle først',
      other: '{n} kontakter passer til «{q}», mest verdifulle først'},
    'list.topCount': {one: 'Toppkontakter: {n} kontakt etter verdi', other: 'Toppkontakter: {n} kontakter etter verdi'},
    'list.all': 'Alle',
    'list.name': 'Navn',
    'list.clv': 'Forventet verdi',
    'list.historical': 'Kjøpt så langt',
    'list.none': 'Fant ingen kontakter.',
    'list.more': 'Vis flere',
    'list.notScored': 'ikke beregnet ennå',
    'page.contacts': 'Kontakter',
    'page.admin': 'Administrasjon',
    'page.signOut': 'Logg ut',
    'page.profile': 'Profil for {name}',
    'page.contact': 'Kontakt',
    'page.partyId': 'Part-ID',
    'page.owner': 'Eier',
    'page.orders': 'Ordrer',
    'page.count': 'Antall ordrer',
    'page.firstOrder': 'Første ordre',
    'page.lastOrder': 'Siste ordre',
    'page.back': 'Alle kontakter',
    'page.notFoundTitle': 'Fant ikke kontakten',
    'page.notFound': 'Det finnes ingen kontakt med ID-en {id} som du har tilgang til. Sjekk'
      + ' lenken, eller finn kontakten i listen.',
    'page.forbiddenTitle': 'Ingen tilgang',
    'page.forbidden': 'Du har ikke tilgang til denne kontakten. Spør en administrator om du burde ha det.',
  },
  da: {
    'card.title': 'Kundeværdi',
    'card.predicted': 'Forventet værdi, næste {months} måneder',
    'card.likely': 'sandsynligvis {low}–{high}',
    'card.spent': 'Købt indtil nu: {amount} i {orders}',
    'card.orders': {one: '{n} ordre', other: '{n} ordrer'},
    'card.tier': 'Niveau',
    'card.toNext': '{amount} til {tier}',
    'card.toNextPoints': '{amount} percentilpoint til {tier}',
    'card.topTier': 'Øverste niveau',
    'card.noTier': 'Intet niveau endnu',
    'card.since': 'på dette niveau siden kørslen {date}',
    'tier.at': 'ved {value}',
    'tier.crossed': 'krydsede tærsklen ved {value}',
    'tier.grace': 'under tærsklen i {spell} (fristen udløbet), ved {value}',
    'tier.policy': 'niveaureglerne blev ændret',
    'tier.runs': {one: '{n} kørsel', other: '{n} kørsler'},
    'tier.days': {one: '{n} dag', other: '{n} dage'},
    'tier.percentile': 'percentil {n}',
    'card.oneRun': 'Én kørsel indtil nu: {value}',
    'card.churn': 'Risiko for frafald',
    'risk.low': 'Lav', 'risk.medium': 'Middel', 'risk.high': 'Høj',
    'card.churnValue': '{level} ({percent})',
    'card.expectedOrders': 'Forventede ordrer, næste {months} måneder',
    'card.orderValue': 'Forventet ordreværdi',
    'card.segment': 'Segment',
    'card.why': 'Hvorfor denne værdi',
    'card.whyText': 'Omkring {orders} ordrer de næste {months} måneder × {orderValue} pr. ordre × {margin} margin'
      + ' = {undiscounted}. Tilbagediskonteret med {rate} om måneden er det {clv} værd i dag.',
    'card.whyAlive': 'Chancen for at kontakten stadig er aktiv: {alive}.',
    'card.whyFormula': 'Beregnet med den simple formel: der er for lidt data om genkøb til den statistiske model.',
    'card.noRange': 'intet sandsynligt interval: den simple formel giver intet',
    'card.churnUnknown': 'Ikke beregnet',
    'card.churnUnknownFormula': 'Den simple formel beregner ikke frafald: den antager, at hver kontakt bliver ved'
      + ' med at købe lige så ofte som hidtil.',
    'card.churnUnknownModel': 'Modellen kan ikke sige noget om frafald for kontakter, der har købt én gang, og'
      + ' ingen anden model kunne tilpasses for dem.',
    'card.churnOtherModel': 'BG/NBD kan ikke sige noget om frafald for en kontakt, der har købt én gang; denne'
      + ' risiko kommer fra {model}, tilpasset de samme data.',
    'card.whyAliveUnknown': 'Frafald er ikke beregnet for denne kontakt.',
    'why.frequency': {one: 'Har købt på {n} dag i løbet af {weeks} uger som kunde.',
      other: 'Har købt på {n} dage i løbet af {weeks} uger som kunde.'},
    'why.recencyOnce': 'Den eneste ordre var for {since} uger siden.',
    'why.recencyRhythm': 'Seneste ordre for {since} uger siden; normalt går der {gap} uger mellem kontaktens'
      + ' ordrer ({ratio}× det normale mellemrum).',
    'why.spendAbove': 'Gennemsnitlig ordre {value}, {percent} over gennemsnittet på {base} for alle kontakter.',
    'why.spendBelow': 'Gennemsnitlig ordre {value}, {percent} under gennemsnittet på {base} for alle kontakter.',
    'why.spendAbout': 'Gennemsnitlig ordre {value}, omtrent som gennemsnittet på {base} for alle kontakter.',
    'why.conflictLost': 'Har købt ofte, men intet i {months} måneder, {ratio}× det normale mellemrum mellem'
      + ' ordrer: segmentet »{segment}« sammenligner med alle kontakter, modellen med kontaktens egen rytme.',
    'why.conflictLostWeeks': 'Har købt ofte, men intet i {weeks} uger, {ratio}× det normale mellemrum mellem'
      + ' ordrer: segmentet »{segment}« sammenligner med alle kontakter, modellen med kontaktens egen rytme.',
    'why.conflictActive': 'Segmentet »{segment}« lyder bortfaldet, men normalt går der {gap} uger mellem'
      + ' kontaktens ordrer, så {since} uger uden ordre er ikke usædvanligt for den.',
    'card.trend': 'Værdi over de seneste kørsler',
    'card.trendLabel': 'Forventet værdi i {n} kørsler: fra {first} til {last}',
    'card.timeline': 'Niveauændringer',
    'card.entered': 'Kom ind i {to}',
    'card.up': 'Op fra {from} til {to}',
    'card.down': 'Ned fra {from} til {to}',
    'card.left': 'Forlod {from}',
    'card.loading': 'Indlæser kundeværdien …',
    'card.noOrders': 'Ingen ordrer endnu: værdien vises, når den første ordre er talt med.',
    'card.noRun': 'Ingen værdier endnu: den første beregning er ikke færdig.',
    'card.notScored': 'Ny siden seneste beregning: værdien vises efter den næste.',
    'card.error': 'Værdien kunne ikke indlæses.',
    'card.notFound': 'Der findes ingen kontakt med dette id.',
    'card.forbidden': 'Du har ikke adgang til denne kontakts værdi.',
    'card.signIn': 'Log ind for at se værdier.',
    'card.retry': 'Prøv igen',
    'card.stale': 'Værdierne er fra {date}; den planlagte beregning siden da er ikke gennemført.',
    'card.run': 'Kørsel {id} fra {date} · data pr. {asOf}',
    'card.progressLabel': 'Fremskridt mod {tier}',
    'list.search': 'Søg efter kontakter',
    'list.searchPlaceholder': 'Navn eller part-id',
    'list.searchButton': 'Søg',
    'list.matches': {one: '{n} kontakt passer til »{q}«, mest værdifulde først',
      other: '{n} kontakter passer til »{q}«, mest værdifulde først'},
    'list.topCount': {one: 'Topkontakter: {n} kontakt efter værdi', other: 'Topkontakter: {n} kontakter efter værdi'},
    'list.all': 'Alle',
    'list.name': 'Navn',
    'list.clv': 'Forventet værdi',
    'list.historical': 'Købt indtil nu',
    'list.none': 'Ingen kontakter fundet.',
    'list.more': 'Vis flere',
    'list.notScored': 'ikke beregnet endnu',
    'page.contacts': 'Kontakter',
    'page.admin': 'Administration',
    'page.signOut': 'Log ud',
    'page.profile': 'Profil for {name}',
    'page.contact': 'Kontakt',
    'page.partyId': 'Part-id',
    'page.owner': 'Ejer',
    'page.orders': 'Ordrer',
    'page.count': 'Antal ordrer',
    'page.firstOrder': 'Første ordre',
    'page.lastOrder': 'Seneste ordre',
    'page.back': 'Alle kontakter',
    'page.notFoundTitle': 'Kontakten blev ikke fundet',
    'page.notFound': 'Der findes ingen kontakt med id {id}, som du har adgang til. Tjek'
      + ' linket, eller find kontakten på listen.',
    'page.forbiddenTitle': 'Ingen adgang',
    'page.forbidden': 'Du har ikke adgang til denne kontakt. Spørg en administrator, hvis du burde have det.',
  },
  de: {
    'card.title': 'Kundenwert',
    'card.predicted': 'Erwarteter Wert, nächste {months} Monate',
    'card.likely': 'wahrscheinlich {low}–{high}',
    'card.spent': 'Bisher gekauft: {amount} in {orders}',
    'card.orders': {one: '{n} Bestellung', other: '{n} Bestellungen'},
    'card.tier': 'Stufe',
    'card.toNext': '{amount} bis {tier}',
    'card.toNextPoints': '{amount} Perzentilpunkte bis {tier}',
    'card.topTier': 'Höchste Stufe',
    'card.noTier': 'Noch keine Stufe',
    'card.since': 'in dieser Stufe seit dem Lauf vom {date}',
    'tier.at': 'bei {value}',
    'tier.crossed': 'Schwelle bei {value} überschritten',
    'tier.grace': 'seit {spell} unter der Schwelle (Karenz abgelaufen), bei {value}',
    'tier.policy': 'die Stufenregeln wurden geändert',
    'tier.runs': {one: '{n} Lauf', other: '{n} Läufen'},
    'tier.days': {one: '{n} Tag', other: '{n} Tagen'},
    'tier.percentile': 'Perzentil {n}',
    'card.oneRun': 'Bisher ein Lauf: {value}',
    'card.churn': 'Abwanderungsrisiko',
    'risk.low': 'Niedrig', 'risk.medium': 'Mittel', 'risk.high': 'Hoch',
    'card.churnValue': '{level} ({percent})',
    'card.expectedOrders': 'Erwartete Bestellungen, nächste {months} Monate',
    'card.orderValue': 'Erwarteter Bestellwert',
    'card.segment': 'Segment',
    'card.why': 'Warum dieser Wert',
    'card.whyText': 'Etwa {orders} Bestellungen in den nächsten {months} Monaten × {orderValue} pro Bestellung'
      + ' × {margin} Marge = {undiscounted}. Mit {rate} pro Monat abgezinst ist das heute {clv} wert.',
    'card.whyAlive': 'Wahrscheinlichkeit, dass der Kontakt noch aktiv ist: {alive}.',
    'card.whyFormula': 'Mit der einfachen Formel geschätzt: Es gibt zu wenige Wiederholungskäufe für das'
      + ' statistische Modell.',
    'card.noRange': 'keine wahrscheinliche Spanne: die einfache Formel liefert keine',
    'card.churnUnknown': 'Nicht geschätzt',
    'card.churnUnknownFormula': 'Die einfache Formel schätzt keine Abwanderung: Sie nimmt an, dass jeder Kontakt'
      + ' so oft weiterkauft wie bisher.',
    'card.churnUnknownModel': 'Das Modell kann für Kontakte mit nur einem Kauf keine Abwanderung schätzen, und kein'
      + ' anderes Modell ließ sich für sie anpassen.',
    'card.churnOtherModel': 'BG/NBD kann für einen Kontakt mit nur einem Kauf keine Abwanderung schätzen; dieses'
      + ' Risiko stammt aus {model}, angepasst an dieselben Daten.',
    'card.whyAliveUnknown': 'Für diesen Kontakt ist keine Abwanderung geschätzt.',
    'why.frequency': {one: 'Hat an {n} Tag in {weeks} Wochen als Kunde gekauft.',
      other: 'Hat an {n} Tagen in {weeks} Wochen als Kunde gekauft.'},
    'why.recencyOnce': 'Die einzige Bestellung war vor {since} Wochen.',
    'why.recencyRhythm': 'Letzte Bestellung vor {since} Wochen; dieser Kontakt bestellt sonst alle {gap} Wochen'
      + ' ({ratio}× der übliche Abstand).',
    'why.spendAbove': 'Durchschnittliche Bestellung {value}, {percent} über dem Durchschnitt von {base} aller'
      + ' Kontakte.',
    'why.spendBelow': 'Durchschnittliche Bestellung {value}, {percent} unter dem Durchschnitt von {base} aller'
      + ' Kontakte.',
    'why.spendAbout': 'Durchschnittliche Bestellung {value}, etwa der Durchschnitt von {base} aller Kontakte.',
    'why.conflictLost': 'Hat oft gekauft, aber seit {months} Monaten nichts, {ratio}× der übliche Abstand zwischen'
      + ' Bestellungen: Das Segment „{segment}“ vergleicht mit allen Kontakten, das Modell mit dem eigenen Rhythmus'
      + ' des Kontakts.',
    'why.conflictLostWeeks': 'Hat oft gekauft, aber seit {weeks} Wochen nichts, {ratio}× der übliche Abstand'
      + ' zwischen Bestellungen: Das Segment „{segment}“ vergleicht mit allen Kontakten, das Modell mit dem eigenen'
      + ' Rhythmus des Kontakts.',
    'why.conflictActive': 'Das Segment „{segment}“ klingt nach Abwanderung, aber dieser Kontakt bestellt sonst alle'
      + ' {gap} Wochen, also sind {since} Wochen ohne Bestellung für ihn nicht ungewöhnlich.',
    'card.trend': 'Wert über die letzten Läufe',
    'card.trendLabel': 'Erwarteter Wert in {n} Läufen: von {first} bis {last}',
    'card.timeline': 'Stufenwechsel',
    'card.entered': 'In {to} eingestuft',
    'card.up': 'Aufgestiegen von {from} zu {to}',
    'card.down': 'Abgestiegen von {from} zu {to}',
    'card.left': '{from} verlassen',
    'card.loading': 'Kundenwert wird geladen …',
    'card.noOrders': 'Noch keine Bestellungen: Der Wert erscheint, sobald die erste Bestellung gezählt ist.',
    'card.noRun': 'Noch keine Werte: Die erste Berechnung ist nicht abgeschlossen.',
    'card.notScored': 'Neu seit der letzten Berechnung: Der Wert erscheint nach der nächsten.',
    'card.error': 'Der Wert konnte nicht geladen werden.',
    'card.notFound': 'Es gibt keinen Kontakt mit dieser ID.',
    'card.forbidden': 'Sie dürfen den Wert dieses Kontakts nicht sehen.',
    'card.signIn': 'Melden Sie sich an, um Werte zu sehen.',
    'card.retry': 'Erneut versuchen',
    'card.stale': 'Diese Werte stammen vom {date}; die seither geplante Berechnung ist nicht abgeschlossen.',
    'card.run': 'Lauf {id} vom {date} · Daten bis {asOf}',
    'card.progressLabel': 'Fortschritt bis {tier}',
    'list.search': 'Kontakte suchen',
    'list.searchPlaceholder': 'Name oder Partei-ID',
    'list.searchButton': 'Suchen',
    'list.matches': {one: '{n} Kontakt passt zu „{q}“, wertvollste zuerst',
      other: '{n} Kontakte passen zu „{q}“, wertvollste zuerst'},
    'list.topCount': {one: 'Top-Kontakte: {n} Kontakt nach Wert', other: 'Top-Kontakte: {n} Kontakte nach Wert'},
    'list.all': 'Alle',
    'list.name': 'Name',
    'list.clv': 'Erwarteter Wert',
    'list.historical': 'Bisher gekauft',
    'list.none': 'Keine Kontakte gefunden.',
    'list.more': 'Mehr anzeigen',
    'list.notScored': 'noch nicht berechnet',
    'page.contacts': 'Kontakte',
    'page.admin': 'Verwaltung',
    'page.signOut': 'Abmelden',
    'page.profile': 'Profil von {name}',
    'page.contact': 'Kontakt',
    'page.partyId': 'Partei-ID',
    'page.owner': 'Betreuer',
    'page.orders': 'Bestellungen',
    'page.count': 'Anzahl Bestellungen',
    'page.firstOrder': 'Erste Bestellung',
    'page.lastOrder': 'Letzte Bestellung',
    'page.back': 'Alle Kontakte',
    'page.notFoundTitle': 'Kontakt nicht gefunden',
    'page.notFound': 'Es gibt keinen Kontakt mit der ID {id}, den Sie sehen dürfen. Prüfen Sie den'
      + ' Link oder suchen Sie den Kontakt in der Liste.',
    'page.forbiddenTitle': 'Kein Zugriff',
    'page.forbidden': 'Sie dürfen diesen Kontakt nicht sehen. Fragen Sie einen Administrator, falls Sie es sollten.',
  },
  uk: {
    'card.title': 'Цінність клієнта',
    'card.predicted': 'Прогнозована цінність, наступні {months} міс.',
    'card.likely': 'імовірно {low}–{high}',
    'card.spent': 'Куплено досі: {amount} у {orders}',
    'card.orders': {one: '{n} замовленні', few: '{n} замовленнях', many: '{n} замовленнях',
      other: '{n} замовлення'},
    'card.tier': 'Рівень',
    'card.toNext': '{amount} до рівня {tier}',
    'card.toNextPoints': '{amount} процентильних пунктів до рівня {tier}',
    'card.topTier': 'Найвищий рівень',
    'card.noTier': 'Рівня ще немає',
    'card.since': 'на цьому рівні з перерахунку {date}',
    'tier.at': 'при {value}',
    'tier.crossed': 'перетнув поріг при {value}',
    'tier.grace': 'нижче порогу протягом {spell} (пільговий строк минув), при {value}',
    'tier.policy': 'правила рівнів змінено',
    'tier.runs': {one: '{n} перерахунку', few: '{n} перерахунків', many: '{n} перерахунків',
      other: '{n} перерахунку'},
    'tier.days': {one: '{n} дня', few: '{n} днів', many: '{n} днів', other: '{n} дня'},
    'tier.percentile': 'перцентиль {n}',
    'card.oneRun': 'Поки що один перерахунок: {value}',
    'card.churn': 'Ризик відтоку',
    'risk.low': 'Низький', 'risk.medium': 'Середній', 'risk.high': 'Високий',
    'card.churnValue': '{level} ({percent})',
    'card.expectedOrders': 'Очікувані замовлення, наступні {months} міс.',
    'card.orderValue': 'Очікувана вартість замовлення',
    'card.segment': 'Сегмент',
    'card.why': 'Чому таке значення',
    'card.whyText': 'Близько {orders} замовлень за наступні {months} міс. × {orderValue} за замовлення'
      + ' × {margin} маржі = {undiscounted}. З дисконтом {rate} на місяць це сьогодні варте {clv}.',
    'card.whyAlive': 'Імовірність, що клієнт ще активний: {alive}.',
    'card.whyFormula': 'Оцінено простою формулою: замало даних про повторні покупки для статистичної моделі.',
    'card.noRange': 'імовірного діапазону немає: проста формула його не дає',
    'card.churnUnknown': 'Не оцінено',
    'card.churnUnknownFormula': 'Проста формула не оцінює відтік: вона припускає, що кожен клієнт і далі купує так'
      + ' само часто, як досі.',
    'card.churnUnknownModel': 'Модель не може оцінити відтік для клієнтів з однією покупкою, а жодну іншу модель'
      + ' для них підібрати не вдалося.',
    'card.churnOtherModel': 'BG/NBD не може оцінити відтік для клієнта з однією покупкою; цей ризик дає {model},'
      + ' підібрана на тих самих даних.',
    'card.whyAliveUnknown': 'Відтік для цього клієнта не оцінено.',
    'why.frequency': {one: 'Днів із покупками: {n} за {weeks} тижн. як клієнт.',
      other: 'Днів із покупками: {n} за {weeks} тижн. як клієнт.'},
    'why.recencyOnce': 'Єдине замовлення було {since} тижн. тому.',
    'why.recencyRhythm': 'Останнє замовлення {since} тижн. тому; зазвичай цей клієнт замовляє раз на {gap} тижн.'
      + ' ({ratio}× звичайної перерви).',
    'why.spendAbove': 'Середнє замовлення {value}, на {percent} більше за середнє {base} серед усіх клієнтів.',
    'why.spendBelow': 'Середнє замовлення {value}, на {percent} менше за середнє {base} серед усіх клієнтів.',
    'why.spendAbout': 'Середнє замовлення {value}, приблизно як середнє {base} серед усіх клієнтів.',
    'why.conflictLost': 'Купував часто, але нічого вже {months} міс., це {ratio}× звичайної перерви між'
      + ' замовленнями: сегмент «{segment}» порівнює з усіма клієнтами, модель — із власним ритмом клієнта.',
    'why.conflictLostWeeks': 'Купував часто, але нічого вже {weeks} тижн., це {ratio}× звичайної перерви між'
      + ' замовленнями: сегмент «{segment}» порівнює з усіма клієнтами, модель — із власним ритмом клієнта.',
    'why.conflictActive': 'Сегмент «{segment}» звучить як відпалий, але цей клієнт зазвичай замовляє раз на {gap}'
      + ' тижн., тож {since} тижн. без замовлення для нього не дивина.',
    'card.trend': 'Цінність за останні перерахунки',
    'card.trendLabel': 'Прогнозована цінність за {n} перерахунків: від {first} до {last}',
    'card.timeline': 'Зміни рівня',
    'card.entered': 'Отримав рівень {to}',
    'card.up': 'Підвищено з {from} до {to}',
    'card.down': 'Знижено з {from} до {to}',
    'card.left': 'Втратив рівень {from}',
    'card.loading': 'Завантаження цінності клієнта…',
    'card.noOrders': 'Замовлень ще немає: цінність з’явиться після першого врахованого замовлення.',
    'card.noRun': 'Значень ще немає: перший перерахунок не завершено.',
    'card.notScored': 'Новий з часу останнього перерахунку: цінність з’явиться після наступного.',
    'card.error': 'Не вдалося завантажити цінність.',
    'card.notFound': 'Контакту з таким ідентифікатором немає.',
    'card.forbidden': 'Ви не маєте доступу до цінності цього контакту.',
    'card.signIn': 'Увійдіть, щоб бачити значення.',
    'card.retry': 'Спробувати знову',
    'card.stale': 'Ці значення від {date}; запланований відтоді перерахунок не завершено.',
    'card.run': 'Перерахунок {id} від {date} · дані на {asOf}',
    'card.progressLabel': 'Поступ до рівня {tier}',
    'list.search': 'Пошук контактів',
    'list.searchPlaceholder': 'Ім’я або ідентифікатор',
    'list.searchButton': 'Шукати',
    'list.matches': {one: '{n} контакт відповідає «{q}», найцінніші спочатку',
      few: '{n} контакти відповідають «{q}», найцінніші спочатку',
      many: '{n} контактів відповідають «{q}», найцінніші спочатку',
      other: '{n} контакту відповідають «{q}», найцінніші спочатку'},
    'list.topCount': {one: 'Найцінніші контакти: {n} контакт за цінністю',
      few: 'Найцінніші контакти: {n} контакти за цінністю', many: 'Найцінніші контакти: {n} контактів за цінністю',
      other: 'Найцінніші контакти: {n} контакту за цінністю'},
    'list.all': 'Усі',
    'list.name': 'Ім’я',
    'list.clv': 'Прогнозована цінність',
    'list.historical': 'Куплено досі',
    'list.none': 'Контактів не знайдено.',
    'list.more': 'Показати більше',
    'list.notScored': 'ще не оцінено',
    'page.contacts': 'Контакти',
    'page.admin': 'Адміністрування',
    'page.signOut': 'Вийти',
    'page.profile': 'Профіль: {name}',
    'page.contact': 'Контакт',
    'page.partyId': 'Ідентифікатор',
    'page.owner': 'Відповідальний',
    'page.orders': 'Замовлення',
    'page.count': 'Кількість замовлень',
    'page.firstOrder': 'Перше замовлення',
    'page.lastOrder': 'Останнє замовлення',
    'page.back': 'Усі контакти',
    'page.notFoundTitle': 'Контакт не знайдено',
    'page.notFound': 'Немає доступного вам контакту з ідентифікатором {id}. Перевірте'
      + ' посилання або знайдіть контакт у списку.',
    'page.forbiddenTitle': 'Немає доступу',
    'page.forbidden': 'Ви не маєте доступу до цього контакту. Зверніться до адміністратора, якщо він вам потрібен.',
  },
};

/**
 * The first supported language of the tags (page or browser), with the tag Intl should format with:
 * 'no' and 'nn' read as Bokmål; anything unsupported falls back to English.
 */
export function resolveLanguage(tags) {
  for (const tag of tags) {
    if (!tag) continue;
    let base = String(tag).toLowerCase().split(/[-_]/)[0];
    if (base === 'no' || base === 'nn') base = 'nb';
    if (LANGUAGES.includes(base)) {
      let locale = base;
      try {
        locale = Intl.getCanonicalLocales(String(tag).replace('_', '-'))[0];
      } catch (e) {
        // A malformed tag still picks the language; Intl formats with the plain language code.
      }
      return {language: base, locale: base === 'nb' && !locale.startsWith('nb') ? 'nb' : locale};
    }
  }
  return {language: 'en', locale: 'en'};
}

/**
 * The languages an element asks for: its own or nearest lang attribute, also across the shadow roots it sits in
 * (a card inside another component follows the page), then the browser's.
 */
export function requestedLanguages(element) {
  let node = element;
  while (node) {
    const marked = node.closest('[lang]');
    if (marked) return [marked.getAttribute('lang'), ...(navigator.languages || [navigator.language])];
    node = node.getRootNode().host;
  }
  return [...(navigator.languages || [navigator.language])];
}

/** t(key, params) for one language, falling back to English and then to the key itself. */
export function translator(language) {
  const own = MESSAGES[language] || MESSAGES.en;
  const fill = (text, params) => text.replace(/\{(\w+)\}/g, (m, name) =>
    params && params[name] !== undefined ? String(params[name]) : m);
  const lookup = (key) => (key in own ? own[key] : MESSAGES.en[key]);
  const t = (key, params) => {
    const text = lookup(key);
    return typeof text === 'string' ? fill(text, params) : key;
  };
  const rules = new Intl.PluralRules(language);
  t.plural = (key, n, formatted, params) => {
    const forms = lookup(key);
    if (!forms || typeof forms !== 'object') return key;
    const form = forms[rules.select(n)] || forms.other;
    return fill(form, {...params, n: formatted === undefined ? n : formatted});
  };
  t.segment = (name) => (name && SEGMENTS[language] && SEGMENTS[language][name]) || name;
  t.language = language;
  return t;
}
