/**
 * The words of a site's own chrome that pasted postings start with, shared by the readers that must not take
 * them for fields (propose.ts's posting start, posting-extract.ts's bare labels).
 */

/**
 * One item of a board's menu copied a line each ("Job search", "Profile", "Career advice", "Sign in"): the words
 * boards' menus use, in the languages boards come in.
 */
export const MENU_ITEM =
  /^(?:home|menu|search|jobs?|job search|find jobs|browse jobs|saved jobs|my jobs|profile|my profile|career advice|careers advice|career resources|company reviews|companies|salaries|salary guide|employer site|for employers|employers|post a job|sign in|log in|login|register|sign up|messages|notifications|help|more|stellenangebote|jobsuche|unternehmen|gehälter|anmelden|registrieren|offres d'emploi|entreprises|salaires|connexion|se connecter|empleos|empresas|salarios|iniciar sesión|vagas|empresas|entrar|vacatures|bedrijven|inloggen|lediga jobb|logga in|sök|hem|mitt nätverk|jobb|meddelanden|notiser|jag|för företag|mit netværk|beskeder|notifikationer|mitt nettverk|meldinger|varsler|mijn netwerk|berichten|meldingen|mein netzwerk|mon réseau|mi red|notifiche|rete|moja sieć|powiadomienia|wiadomości|solutions|products|services|case studies|insights|blog|news|about|about us|who we are|our story|our work|careers|contact|contact us|client login|customer login|investors|press|resources|pricing|partners|our team|team|join us|work with us|locations|karriere|über uns|kontakt|leistungen|produkte|aktuelles|à propos|carrières|nous contacter|nosotros|contacto|servicios|productos|sobre nós|contato|serviços|chi siamo|contatti|over ons|diensten|om oss|tjänster|tjenester|kariyer|hakkımızda|iletişim|kariéra|o nás|kontakty|cariere|despre noi|tuyển dụng|liên hệ|karir|tentang kami|kontak|community|discover|applied|explore|job alerts|alerts|inbox|network|events|learning|forum|find jobs?|find employees|find candidates|find talent|upload (?:your )?cv|upload (?:your )?resume|salary calculator|gehaltsrechner|ratgeber|für arbeitgeber|für unternehmen|arbeitgeber|mein konto|my account|my [\p{L}]{2,20})$/iu;

/** A line as a menu's item is written: one to three words, no figure, no sentence mark. */
const ITEM_LINE = /^[\p{L}][\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,2}$/u;

/**
 * Whether line `i` stands in a menu copied a line each: the short lines around it (up to two on each side) run to
 * four or more, and fewer than half of them are field labels (`isLabel`). A board's list of bare labels and values
 * ("Company" / "Acme" / "Location" / "Berlin") is half labels; a menu ("Jobs finden" / "Unternehmen" /
 * "Lohnrechner" / "Karriere-Tipps") is not.
 */
export function inMenuRun(lines: string[], i: number, isLabel: (line: string) => boolean): boolean {
  if (!ITEM_LINE.test(lines[i]!.trim())) return false;
  const near: string[] = [];
  for (let j = i - 1, seen = 0; j >= 0 && seen < 2; j--) {
    const l = lines[j]!.trim();
    if (!l) continue;
    if (!ITEM_LINE.test(l)) break;
    near.unshift(l);
    seen++;
  }
  near.push(lines[i]!.trim());
  for (let j = i + 1, seen = 0; j < lines.length && seen < 2; j++) {
    const l = lines[j]!.trim();
    if (!l) continue;
    if (!ITEM_LINE.test(l)) break;
    near.push(l);
    seen++;
  }
  return near.length >= 4 && near.filter(isLabel).length * 2 < near.length;
}
