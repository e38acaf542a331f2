// "How values are computed" in the UI's five languages: each section an id (the card and the model tab link to
// them), a heading and its paragraphs. Plain words; the details are in docs/model.md.

const en = {
  title: 'How values are computed',
  intro: 'What the figures on a contact’s card mean, where they come from and how far to trust them. Every figure comes from the last published run: a recompute that reads the CRM’s contacts and sales orders, fits a model and stores one value per contact.',
  contents: 'Contents',
  sections: [
    {id: 'value', heading: 'Predicted value', text: [
      'The predicted value is what the contact is expected to spend over the coming months (12 by default), times the margin, with later months discounted. It is a forecast, not a promise, and not what the contact has already bought: that is “bought so far”.',
      'It is the expected number of orders over those months times the expected value of an order. The card’s “Why this value” shows both figures.']},
    {id: 'orders', heading: 'Expected orders: the purchase model', text: [
      'Each customer is taken to buy at a steady rate of their own, with random gaps, until they quietly stop: nobody tells a shop they have left. From all contacts’ order histories (how many repeat orders, when the last one was, how long they have been customers) the model learns how buying rates and drop-outs vary across the customer base.',
      'A contact who ordered often and recently is expected to go on; one whose last order lies far behind their own rhythm has probably stopped. The models are BG/NBD, MBG/NBD and Pareto/NBD from the research on customer-base analysis; they differ in how a customer drops out.']},
    {id: 'order-value', heading: 'Expected order value', text: [
      'Each customer has an average order value of their own. With few orders it is uncertain, so the estimate is drawn toward the average of all customers; with many orders it stays close to the contact’s own average (the Gamma-Gamma model). Only repeat orders count, since a first order is often different.']},
    {id: 'range', heading: 'The likely range (P10–P90)', text: [
      'Beside each value is a range: in 8 of 10 cases like this one, what the contact actually spends falls inside it. It shows that the number of future orders is uncertain even when the model is right. For many contacts the low end is 0: it is more likely than 1 in 10 that they buy nothing in the period.',
      'When a run uses the simple formula instead of a model there is no range, and the card says why.']},
    {id: 'churn', heading: 'Churn risk', text: [
      'Churn risk is the chance that the contact has stopped buying (1 minus the chance they are still active). It grows as the time since the last order grows beyond the contact’s usual gap between orders. The card calls it low below 25 %, medium from 25 % and high from 50 %.',
      'A contact who bought once has no rhythm of their own to compare with; where their risk comes from another model, or cannot be estimated, the card says so.']},
    {id: 'backtest', heading: 'The backtest: does the model work on this data?', text: [
      'Every run tests the models on the CRM’s own data: it hides the most recent part of the order history, fits on the rest, predicts the hidden period and compares the prediction with what the contacts actually bought, beside a simple formula. The console’s model tab shows the errors by group of contacts.',
      'With the model setting on automatic, the run takes the candidate with the smallest error. When there is too little data to fit a model, the run uses the simple formula and says why.']},
    {id: 'tiers', heading: 'Tiers', text: [
      'A tier is set by thresholds on the predicted value (or on what was bought, or on a percentile, as the admin chose). A contact moves up as soon as they reach a higher threshold.',
      'Moving down waits: the contact must stay below their tier’s threshold for a grace period and have been in the tier for a minimum time, counted in runs or days. So one quiet month does not demote a good customer. The card says why a tier changed.']},
    {id: 'segments', heading: 'Segments', text: [
      'Recency, frequency and money spent, each scored 1 to 5 against the other contacts, give a segment such as Champions or At risk. The segment describes the past; the predicted value looks ahead. When they disagree, the card explains why.']},
    {id: 'freshness', heading: 'When values change', text: [
      'Values are recomputed on a schedule (nightly by default) and when an admin asks. A value older than the schedule allows is marked on the card. A run that fails leaves the last published values in place.']},
  ],
};

const nb = {
  title: 'Slik beregnes verdiene',
  intro: 'Hva tallene på en kontakts kort betyr, hvor de kommer fra og hvor mye du kan stole på dem. Alle tallene kommer fra den sist publiserte beregningen: en kjøring som leser CRM-ets kontakter og salgsordrer, tilpasser en modell og lagrer én verdi per kontakt.',
  contents: 'Innhold',
  sections: [
    {id: 'value', heading: 'Forventet verdi', text: [
      'Forventet verdi er det kontakten ventes å handle for de neste månedene (12 som standard), ganget med marginen, med senere måneder diskontert. Det er en prognose, ikke et løfte, og ikke det kontakten allerede har kjøpt: det er «kjøpt så langt».',
      'Den er forventet antall ordrer i perioden ganget med forventet verdi per ordre. Kortets «Hvorfor denne verdien» viser begge tallene.']},
    {id: 'orders', heading: 'Forventede ordrer: kjøpsmodellen', text: [
      'Hver kunde antas å handle i sitt eget jevne tempo, med tilfeldige mellomrom, til de stille slutter: ingen sier fra til butikken når de forsvinner. Ut fra alle kontaktenes ordrehistorikk (hvor mange gjenkjøp, når det siste var, hvor lenge de har vært kunder) lærer modellen hvordan kjøpstakt og frafall varierer i kundemassen.',
      'En kontakt som har handlet ofte og nylig, ventes å fortsette; en som har gått mye lenger enn sin vanlige rytme siden siste ordre, har trolig sluttet. Modellene er BG/NBD, MBG/NBD og Pareto/NBD fra forskningen på kundeanalyse; de skiller seg i hvordan en kunde faller fra.']},
    {id: 'order-value', heading: 'Forventet ordreverdi', text: [
      'Hver kunde har sin egen gjennomsnittlige ordreverdi. Med få ordrer er den usikker, så anslaget trekkes mot gjennomsnittet for alle kunder; med mange ordrer ligger det nær kontaktens eget snitt (Gamma-Gamma-modellen). Bare gjenkjøp teller, fordi første ordre ofte skiller seg ut.']},
    {id: 'range', heading: 'Det sannsynlige intervallet (P10–P90)', text: [
      'Ved siden av hver verdi står et intervall: i 8 av 10 tilfeller som dette havner det kontakten faktisk handler for, innenfor. Det viser at antallet fremtidige ordrer er usikkert selv når modellen stemmer. For mange kontakter er nedre grense 0: det er mer enn 1 av 10 sjanse for at de ikke kjøper noe i perioden.',
      'Når en beregning bruker den enkle formelen i stedet for en modell, finnes det ikke noe intervall, og kortet sier hvorfor.']},
    {id: 'churn', heading: 'Risiko for frafall', text: [
      'Risiko for frafall er sjansen for at kontakten har sluttet å handle (1 minus sjansen for at de fortsatt er aktive). Den øker når tiden siden siste ordre blir lengre enn kontaktens vanlige mellomrom mellom ordrer. Kortet kaller den lav under 25 %, middels fra 25 % og høy fra 50 %.',
      'En kontakt som har handlet én gang, har ingen egen rytme å sammenligne med; når risikoen kommer fra en annen modell eller ikke kan anslås, sier kortet det.']},
    {id: 'backtest', heading: 'Tilbaketesten: fungerer modellen på disse dataene?', text: [
      'Hver beregning tester modellene på CRM-ets egne data: den skjuler den nyeste delen av ordrehistorikken, tilpasser på resten, spår den skjulte perioden og sammenligner med det kontaktene faktisk kjøpte, side om side med en enkel formel. Modellfanen i konsollen viser feilene per kontaktgruppe.',
      'Når modellinnstillingen står på automatisk, velger beregningen kandidaten med minst feil. Er det for lite data til å tilpasse en modell, brukes den enkle formelen, og beregningen sier hvorfor.']},
    {id: 'tiers', heading: 'Nivåer', text: [
      'Et nivå bestemmes av terskler for forventet verdi (eller for det som er kjøpt, eller en persentil, etter administratorens valg). En kontakt rykker opp så snart en høyere terskel er nådd.',
      'Å rykke ned venter: kontakten må ligge under nivåets terskel i en frist og ha vært på nivået en minste tid, talt i beregninger eller dager. Så én stille måned degraderer ikke en god kunde. Kortet sier hvorfor et nivå endret seg.']},
    {id: 'segments', heading: 'Segmenter', text: [
      'Hvor nylig, hvor ofte og hvor mye kontakten har handlet, hver gitt 1 til 5 mot de andre kontaktene, gir et segment som Mestere eller I faresonen. Segmentet beskriver fortiden; forventet verdi ser fremover. Når de er uenige, forklarer kortet hvorfor.']},
    {id: 'freshness', heading: 'Når verdiene endres', text: [
      'Verdiene beregnes på nytt etter en plan (hver natt som standard) og når en administrator ber om det. En verdi som er eldre enn planen tilsier, markeres på kortet. En beregning som feiler, lar de sist publiserte verdiene stå.']},
  ],
};

const da = {
  title: 'Sådan beregnes værdierne',
  intro: 'Hvad tallene på en kontakts kort betyder, hvor de kommer fra, og hvor meget du kan stole på dem. Alle tal kommer fra den senest offentliggjorte beregning: en kørsel, der læser CRM’ets kontakter og salgsordrer, tilpasser en model og gemmer én værdi pr. kontakt.',
  contents: 'Indhold',
  sections: [
    {id: 'value', heading: 'Forventet værdi', text: [
      'Den forventede værdi er det, kontakten ventes at købe for i de kommende måneder (12 som standard), gange avancen, med senere måneder diskonteret. Det er en prognose, ikke et løfte, og ikke det, kontakten allerede har købt: det er »købt indtil nu«.',
      'Den er det forventede antal ordrer i perioden gange den forventede værdi af en ordre. Kortets »Hvorfor denne værdi« viser begge tal.']},
    {id: 'orders', heading: 'Forventede ordrer: købsmodellen', text: [
      'Hver kunde antages at købe i sit eget jævne tempo, med tilfældige mellemrum, indtil de stille holder op: ingen siger til butikken, at de er gået. Ud fra alle kontakters ordrehistorik (hvor mange genkøb, hvornår det seneste var, hvor længe de har været kunder) lærer modellen, hvordan købstakt og frafald varierer i kundebasen.',
      'En kontakt, der har købt ofte og for nylig, ventes at fortsætte; en, hvis seneste ordre ligger langt ud over den vante rytme, er sandsynligvis holdt op. Modellerne er BG/NBD, MBG/NBD og Pareto/NBD fra forskningen i kundeanalyse; de adskiller sig i, hvordan en kunde falder fra.']},
    {id: 'order-value', heading: 'Forventet ordreværdi', text: [
      'Hver kunde har sin egen gennemsnitlige ordreværdi. Med få ordrer er den usikker, så skønnet trækkes mod gennemsnittet for alle kunder; med mange ordrer ligger det tæt på kontaktens eget gennemsnit (Gamma-Gamma-modellen). Kun genkøb tæller, da en første ordre ofte er anderledes.']},
    {id: 'range', heading: 'Det sandsynlige interval (P10–P90)', text: [
      'Ved siden af hver værdi står et interval: i 8 af 10 tilfælde som dette ender det, kontakten faktisk køber for, inden for det. Det viser, at antallet af fremtidige ordrer er usikkert, selv når modellen rammer rigtigt. For mange kontakter er den nedre grænse 0: der er mere end 1 ud af 10 chance for, at de intet køber i perioden.',
      'Når en beregning bruger den simple formel i stedet for en model, er der intet interval, og kortet siger hvorfor.']},
    {id: 'churn', heading: 'Risiko for frafald', text: [
      'Risikoen for frafald er chancen for, at kontakten er holdt op med at købe (1 minus chancen for, at de stadig er aktive). Den vokser, når tiden siden seneste ordre bliver længere end kontaktens vante mellemrum mellem ordrer. Kortet kalder den lav under 25 %, middel fra 25 % og høj fra 50 %.',
      'En kontakt, der har købt én gang, har ingen egen rytme at sammenligne med; når risikoen kommer fra en anden model eller ikke kan skønnes, siger kortet det.']},
    {id: 'backtest', heading: 'Tilbagetesten: virker modellen på disse data?', text: [
      'Hver beregning tester modellerne på CRM’ets egne data: den skjuler den nyeste del af ordrehistorikken, tilpasser på resten, forudsiger den skjulte periode og sammenligner med det, kontakterne faktisk købte, side om side med en simpel formel. Konsollens modelfane viser fejlene pr. kontaktgruppe.',
      'Når modelindstillingen står på automatisk, vælger beregningen kandidaten med den mindste fejl. Er der for få data til at tilpasse en model, bruges den simple formel, og beregningen siger hvorfor.']},
    {id: 'tiers', heading: 'Niveauer', text: [
      'Et niveau bestemmes af tærskler for den forventede værdi (eller for det købte, eller en percentil, som administratoren har valgt). En kontakt rykker op, så snart en højere tærskel er nået.',
      'At rykke ned venter: kontakten skal ligge under niveauets tærskel i en frist og have været på niveauet en mindste tid, talt i beregninger eller dage. Så én stille måned degraderer ikke en god kunde. Kortet siger, hvorfor et niveau ændrede sig.']},
    {id: 'segments', heading: 'Segmenter', text: [
      'Hvor nyligt, hvor ofte og hvor meget kontakten har købt, hver scoret 1 til 5 mod de andre kontakter, giver et segment som Mestre eller I risiko. Segmentet beskriver fortiden; den forventede værdi ser fremad. Når de er uenige, forklarer kortet hvorfor.']},
    {id: 'freshness', heading: 'Hvornår værdierne ændres', text: [
      'Værdierne beregnes igen efter en plan (hver nat som standard) og når en administrator beder om det. En værdi, der er ældre end planen tillader, markeres på kortet. En beregning, der fejler, lader de senest offentliggjorte værdier stå.']},
  ],
};

const de = {
  title: 'So werden die Werte berechnet',
  intro: 'Was die Zahlen auf der Karte eines Kontakts bedeuten, woher sie kommen und wie weit man ihnen trauen kann. Jede Zahl stammt aus der zuletzt veröffentlichten Berechnung: einem Lauf, der die Kontakte und Verkaufsaufträge des CRM liest, ein Modell anpasst und je Kontakt einen Wert speichert.',
  contents: 'Inhalt',
  sections: [
    {id: 'value', heading: 'Erwarteter Wert', text: [
      'Der erwartete Wert ist, was der Kontakt in den kommenden Monaten (standardmäßig 12) voraussichtlich ausgibt, mal der Marge, spätere Monate abgezinst. Er ist eine Prognose, kein Versprechen, und nicht das, was der Kontakt schon gekauft hat: das ist „bisher gekauft“.',
      'Er ist die erwartete Zahl der Aufträge im Zeitraum mal dem erwarteten Wert eines Auftrags. „Warum dieser Wert“ auf der Karte zeigt beide Zahlen.']},
    {id: 'orders', heading: 'Erwartete Aufträge: das Kaufmodell', text: [
      'Jeder Kunde kauft, so die Annahme, in seinem eigenen gleichmäßigen Takt mit zufälligen Abständen, bis er still aufhört: niemand sagt einem Geschäft, dass er gegangen ist. Aus den Auftragsverläufen aller Kontakte (wie viele Wiederholungskäufe, wann der letzte war, wie lange sie schon Kunden sind) lernt das Modell, wie Kauftakt und Abwanderung im Kundenstamm streuen.',
      'Ein Kontakt, der oft und kürzlich gekauft hat, kauft voraussichtlich weiter; einer, dessen letzter Auftrag weit hinter seinem eigenen Rhythmus zurückliegt, hat wahrscheinlich aufgehört. Die Modelle sind BG/NBD, MBG/NBD und Pareto/NBD aus der Forschung zur Kundenstammanalyse; sie unterscheiden sich darin, wie ein Kunde abwandert.']},
    {id: 'order-value', heading: 'Erwarteter Auftragswert', text: [
      'Jeder Kunde hat einen eigenen durchschnittlichen Auftragswert. Bei wenigen Aufträgen ist er unsicher, daher rückt die Schätzung zum Durchschnitt aller Kunden; bei vielen Aufträgen bleibt sie nahe am eigenen Durchschnitt des Kontakts (das Gamma-Gamma-Modell). Nur Wiederholungskäufe zählen, weil ein erster Auftrag oft anders ist.']},
    {id: 'range', heading: 'Der wahrscheinliche Bereich (P10–P90)', text: [
      'Neben jedem Wert steht ein Bereich: in 8 von 10 Fällen wie diesem liegt, was der Kontakt tatsächlich ausgibt, darin. Er zeigt, dass die Zahl künftiger Aufträge unsicher ist, selbst wenn das Modell stimmt. Bei vielen Kontakten ist die untere Grenze 0: mit mehr als 1 zu 10 kaufen sie im Zeitraum nichts.',
      'Nutzt eine Berechnung statt eines Modells die einfache Formel, gibt es keinen Bereich, und die Karte sagt, warum.']},
    {id: 'churn', heading: 'Abwanderungsrisiko', text: [
      'Das Abwanderungsrisiko ist die Wahrscheinlichkeit, dass der Kontakt nicht mehr kauft (1 minus die Wahrscheinlichkeit, dass er noch aktiv ist). Es steigt, wenn die Zeit seit dem letzten Auftrag über den üblichen Abstand des Kontakts zwischen Aufträgen hinauswächst. Die Karte nennt es niedrig unter 25 %, mittel ab 25 % und hoch ab 50 %.',
      'Ein Kontakt, der einmal gekauft hat, hat keinen eigenen Rhythmus zum Vergleich; stammt sein Risiko aus einem anderen Modell oder lässt es sich nicht schätzen, sagt die Karte das.']},
    {id: 'backtest', heading: 'Der Backtest: taugt das Modell für diese Daten?', text: [
      'Jede Berechnung prüft die Modelle an den eigenen Daten des CRM: Sie blendet den jüngsten Teil der Auftragsgeschichte aus, passt auf dem Rest an, sagt den ausgeblendeten Zeitraum voraus und vergleicht mit dem, was die Kontakte tatsächlich gekauft haben, neben einer einfachen Formel. Der Modell-Reiter der Konsole zeigt die Fehler je Kontaktgruppe.',
      'Steht die Modelleinstellung auf automatisch, nimmt die Berechnung den Kandidaten mit dem kleinsten Fehler. Reichen die Daten nicht, um ein Modell anzupassen, nutzt sie die einfache Formel und sagt, warum.']},
    {id: 'tiers', heading: 'Stufen', text: [
      'Eine Stufe ergibt sich aus Schwellen für den erwarteten Wert (oder für das Gekaufte, oder ein Perzentil, wie der Admin gewählt hat). Ein Kontakt steigt auf, sobald er eine höhere Schwelle erreicht.',
      'Der Abstieg wartet: Der Kontakt muss eine Frist lang unter der Schwelle seiner Stufe bleiben und eine Mindestzeit in der Stufe gewesen sein, gezählt in Läufen oder Tagen. So stuft ein ruhiger Monat einen guten Kunden nicht herab. Die Karte sagt, warum sich eine Stufe geändert hat.']},
    {id: 'segments', heading: 'Segmente', text: [
      'Wie kürzlich, wie oft und wie viel der Kontakt gekauft hat, je mit 1 bis 5 gegenüber den anderen Kontakten bewertet, ergibt ein Segment wie Champions oder Gefährdet. Das Segment beschreibt die Vergangenheit; der erwartete Wert blickt nach vorn. Widersprechen sie sich, erklärt die Karte, warum.']},
    {id: 'freshness', heading: 'Wann sich Werte ändern', text: [
      'Die Werte werden nach Plan (standardmäßig jede Nacht) und auf Wunsch eines Admins neu berechnet. Ein Wert, der älter ist, als der Plan erlaubt, wird auf der Karte markiert. Eine fehlgeschlagene Berechnung lässt die zuletzt veröffentlichten Werte stehen.']},
  ],
};

const uk = {
  title: 'Як обчислюються значення',
  intro: 'Що означають числа на картці контакту, звідки вони беруться і наскільки їм можна довіряти. Усі числа походять з останнього опублікованого перерахунку: запуску, що читає контакти й замовлення CRM, підганяє модель і зберігає одне значення на контакт.',
  contents: 'Зміст',
  sections: [
    {id: 'value', heading: 'Прогнозована цінність', text: [
      'Прогнозована цінність — це те, скільки контакт, за очікуванням, витратить у наступні місяці (типово 12), помножене на маржу, з дисконтуванням пізніших місяців. Це прогноз, а не обіцянка, і не те, що контакт уже купив: це «куплено досі».',
      'Вона дорівнює очікуваній кількості замовлень за період, помноженій на очікувану вартість замовлення. «Чому таке значення» на картці показує обидва числа.']},
    {id: 'orders', heading: 'Очікувані замовлення: модель купівель', text: [
      'Вважається, що кожен клієнт купує у власному рівному темпі з випадковими проміжками, доки тихо не припинить: ніхто не повідомляє магазин, що пішов. З історії замовлень усіх контактів (скільки повторних купівель, коли була остання, як довго вони клієнти) модель дізнається, як темп купівель і відтік різняться в клієнтській базі.',
      'Контакт, що купував часто й нещодавно, найімовірніше продовжить; той, чиє останнє замовлення давно позаду відносно його власного ритму, ймовірно, припинив. Моделі — BG/NBD, MBG/NBD і Pareto/NBD з досліджень аналізу клієнтської бази; вони різняться тим, як клієнт відпадає.']},
    {id: 'order-value', heading: 'Очікувана вартість замовлення', text: [
      'Кожен клієнт має власну середню вартість замовлення. За кількох замовлень вона непевна, тож оцінка тяжіє до середнього по всіх клієнтах; за багатьох замовлень лишається близькою до власного середнього контакту (модель Gamma-Gamma). Рахуються лише повторні замовлення, бо перше часто інакше.']},
    {id: 'range', heading: 'Імовірний діапазон (P10–P90)', text: [
      'Поряд із кожним значенням стоїть діапазон: у 8 з 10 подібних випадків те, що контакт справді витратить, потрапляє в нього. Він показує, що кількість майбутніх замовлень непевна, навіть коли модель слушна. Для багатьох контактів нижня межа — 0: шанс, що вони нічого не куплять за період, більший за 1 з 10.',
      'Коли перерахунок використовує просту формулу замість моделі, діапазону немає, і картка пояснює чому.']},
    {id: 'churn', heading: 'Ризик відтоку', text: [
      'Ризик відтоку — це ймовірність, що контакт припинив купувати (1 мінус імовірність, що він досі активний). Він зростає, коли час від останнього замовлення перевищує звичний для контакту проміжок між замовленнями. Картка називає його низьким до 25 %, середнім від 25 % і високим від 50 %.',
      'Контакт, що купив один раз, не має власного ритму для порівняння; коли його ризик походить з іншої моделі або його не можна оцінити, картка про це каже.']},
    {id: 'backtest', heading: 'Зворотна перевірка: чи працює модель на цих даних?', text: [
      'Кожен перерахунок перевіряє моделі на власних даних CRM: приховує найновішу частину історії замовлень, підганяє модель на решті, прогнозує прихований період і порівнює з тим, що контакти справді купили, поряд із простою формулою. Вкладка моделі в консолі показує похибки за групами контактів.',
      'Коли налаштування моделі стоїть на автоматичному виборі, перерахунок бере кандидата з найменшою похибкою. Коли даних замало, щоб підігнати модель, він використовує просту формулу й пояснює чому.']},
    {id: 'tiers', heading: 'Рівні', text: [
      'Рівень визначають пороги прогнозованої цінності (або купленого, або перцентиля, як обрав адміністратор). Контакт піднімається, щойно досягає вищого порога.',
      'Пониження чекає: контакт має лишатися нижче порога свого рівня протягом пільгового строку й пробути на рівні мінімальний час, що рахується в перерахунках або днях. Тож один тихий місяць не понизить доброго клієнта. Картка пояснює, чому рівень змінився.']},
    {id: 'segments', heading: 'Сегменти', text: [
      'Наскільки нещодавно, як часто і скільки контакт купував, кожне оцінене від 1 до 5 порівняно з іншими контактами, дають сегмент, як-от «Чемпіони» чи «Під загрозою». Сегмент описує минуле; прогнозована цінність дивиться вперед. Коли вони розходяться, картка пояснює чому.']},
    {id: 'freshness', heading: 'Коли значення змінюються', text: [
      'Значення перераховуються за розкладом (типово щоночі) і на запит адміністратора. Значення, старіше, ніж дозволяє розклад, позначається на картці. Невдалий перерахунок лишає останні опубліковані значення на місці.']},
  ],
};

export const HELP = {en, nb, da, de, uk};
