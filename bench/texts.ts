/**
 * Realistic benchmark texts: customer emails and CRM notes built from varied sentences, about a
 * third of them carrying triggers (delays, guarantees, complaints, discounts), in paragraphs.
 * Deterministic, so runs compare.
 */
import type { Language } from '../src/data/types';

const SENTENCES: Record<Language, string[]> = {
  en: [
    'Hi Anna, thanks for getting back to me so quickly.',
    'I wanted to follow up on our call from Tuesday about the new rollout.',
    'Unfortunately the delivery of your order is delayed by about two weeks.',
    'The delay was caused by circumstances beyond our control at the supplier.',
    'We guarantee that this will never happen again.',
    'Our revolutionary platform is the best solution on the market.',
    'The new version has 64 GB of storage, a faster processor and three extra ports.',
    'Everyone is complaining about the new pricing on social media.',
    'Just this once we can offer you a special discount of 20 percent.',
    'Maybe, if you have time, we could perhaps talk about it next week?',
    'The customer shouted at our support agent and threatened to sue us.',
    'To be honest, my colleague made a mistake when he quoted that price.',
    'Please find the updated contract attached to this email.',
    'Let me know which date works best for your team.',
    'The invoice number is 48213 and the payment is due at the end of the month.',
    'We reviewed the requirements with your IT department yesterday.',
    'Customer asked about the onboarding schedule and the training materials.',
    'Next step: send the proposal by Friday and book a demo for the sales team.',
    'The shipment left our warehouse this morning and should arrive on Thursday.',
    'I am sorry for the inconvenience this has caused you and your colleagues.',
    'There is no delay on our side, everything is on schedule.',
    'He insisted that the customer is always right and demanded a full refund.',
    'Our outage yesterday affected about a third of all accounts for two hours.',
    'We are fully convinced that this plan will save you time every single day.',
    'Thanks again for your patience, and have a great weekend.',
    'As discussed, I have added Maria from our finance team to this thread.',
    'The meeting room on the second floor is booked from ten to eleven.',
    'Could you confirm the billing address for the new location?',
    'We updated the user guide and the release notes last week.',
    'Your account manager will be Jonas, who joined us in spring.',
    'The pilot covers three warehouses and about forty users.',
    'Attached you will find the agenda for the workshop on Monday.',
    'Please use the portal link below to download the certificates.',
    'Called the client back at 3 pm; they are reviewing the quote internally.',
    'The training session was recorded and the video is in the shared folder.',
    'We can schedule the installation for any weekday after the 14th.',
    'Her main question was how the reporting dashboard handles several regions.',
    'I forwarded your request to the logistics team and copied you in.',
    'The purchase order number needs to appear on every invoice.',
    'They currently use spreadsheets and want to move to a shared system by autumn.',
  ],
  de: [
    'Hallo Anna, vielen Dank für Ihre schnelle Rückmeldung.',
    'Ich wollte noch einmal auf unser Telefonat vom Dienstag zur Einführung zurückkommen.',
    'Leider verzögert sich die Lieferung Ihrer Bestellung um etwa zwei Wochen.',
    'Die Lieferverzögerung liegt an Umständen, auf die wir keinen Einfluss haben.',
    'Wir garantieren Ihnen, dass das nie wieder vorkommt.',
    'Unsere revolutionäre Plattform ist die beste Lösung auf dem Markt.',
    'Die neue Version hat 64 GB Speicher, einen schnelleren Prozessor und drei zusätzliche Anschlüsse.',
    'Alle beschweren sich in den sozialen Medien über die neuen Preise.',
    'Ausnahmsweise können wir Ihnen einen Sonderrabatt von 20 Prozent anbieten.',
    'Vielleicht, wenn Sie Zeit haben, könnten wir eventuell nächste Woche darüber sprechen?',
    'Der Kunde hat unsere Mitarbeiterin angeschrien und mit einer Klage gedroht.',
    'Ehrlich gesagt hat mein Kollege einen Fehler gemacht, als er den Preis genannt hat.',
    'Den aktualisierten Vertrag finden Sie im Anhang dieser E-Mail.',
    'Geben Sie mir bitte Bescheid, welcher Termin Ihrem Team am besten passt.',
    'Die Rechnungsnummer ist 48213, die Zahlung ist zum Monatsende fällig.',
    'Wir haben die Anforderungen gestern mit Ihrer IT-Abteilung besprochen.',
    'Kunde fragte nach dem Zeitplan für das Onboarding und den Schulungsunterlagen.',
    'Nächster Schritt: Angebot bis Freitag senden und eine Demo für den Vertrieb buchen.',
    'Die Sendung hat heute Morgen unser Lager verlassen und kommt am Donnerstag an.',
    'Es tut mir leid, dass Ihnen und Ihren Kollegen dadurch Umstände entstanden sind.',
    'Es gibt keine Verzögerung auf unserer Seite, alles läuft nach Plan.',
    'Er bestand darauf, dass der Kunde immer recht hat, und verlangte das Geld zurück.',
    'Unser Ausfall gestern betraf etwa ein Drittel aller Konten für zwei Stunden.',
    'Wir sind fest überzeugt, dass Ihnen dieser Plan jeden Tag Zeit spart.',
    'Nochmals danke für Ihre Geduld und ein schönes Wochenende.',
    'Wie besprochen habe ich Maria aus unserer Buchhaltung in diese Nachricht aufgenommen.',
    'Der Besprechungsraum im zweiten Stock ist von zehn bis elf Uhr reserviert.',
    'Könnten Sie mir die Rechnungsadresse für den neuen Standort bestätigen?',
    'Wir haben das Benutzerhandbuch und die Versionshinweise letzte Woche aktualisiert.',
    'Ihr Ansprechpartner wird Jonas sein, der im Frühjahr bei uns angefangen hat.',
    'Das Pilotprojekt umfasst drei Lager und etwa vierzig Nutzer.',
    'Im Anhang finden Sie die Tagesordnung für den Workshop am Montag.',
    'Bitte nutzen Sie den Link zum Portal, um die Zertifikate herunterzuladen.',
    'Kunde um 15 Uhr zurückgerufen; das Angebot wird intern geprüft.',
    'Die Schulung wurde aufgezeichnet, das Video liegt im gemeinsamen Ordner.',
    'Die Installation können wir an jedem Werktag nach dem 14. einplanen.',
    'Ihre wichtigste Frage war, wie das Berichts-Dashboard mehrere Regionen abbildet.',
    'Ich habe Ihre Anfrage an die Logistik weitergeleitet und Sie in Kopie gesetzt.',
    'Die Bestellnummer muss auf jeder Rechnung erscheinen.',
    'Bisher arbeiten sie mit Tabellen und wollen bis zum Herbst auf ein gemeinsames System umsteigen.',
  ],
};

/** Deterministic pseudo-random numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** A text of about `words` words in `language`, paragraphs of 3 to 6 sentences. */
export function generateText(language: Language, words: number, seed = 7): string {
  const next = seededRandom(seed + words);
  const pool = SENTENCES[language];
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(next() * 4);
    for (let i = 0; i < length && count < words; i++) {
      const sentence = pool[Math.floor(next() * pool.length)] as string;
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
