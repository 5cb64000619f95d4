/**
 * The words of a site's own chrome that pasted postings start with, shared by the readers that must not take
 * them for fields (propose.ts's posting start, posting-extract.ts's bare labels).
 */

/**
 * One item of a board's menu copied a line each ("Job search", "Profile", "Career advice", "Sign in"): the words
 * boards' menus use, in the languages boards come in.
 */
export const MENU_ITEM =
  /^(?:home|menu|search|jobs?|job search|find jobs|browse jobs|saved jobs|my jobs|profile|my profile|career advice|careers advice|career resources|company reviews|companies|salaries|salary guide|employer site|for employers|employers|post a job|sign in|log in|login|register|sign up|messages|notifications|help|more|stellenangebote|jobsuche|unternehmen|gehälter|anmelden|registrieren|offres d'emploi|entreprises|salaires|connexion|se connecter|empleos|empresas|salarios|iniciar sesión|vagas|empresas|entrar|vacatures|bedrijven|inloggen|lediga jobb|logga in|solutions|products|services|case studies|insights|blog|news|about|about us|who we are|our story|our work|careers|contact|contact us|client login|customer login|investors|press|resources|pricing|partners|our team|team|join us|work with us|locations|karriere|über uns|kontakt|leistungen|produkte|aktuelles|à propos|carrières|nous contacter|nosotros|contacto|servicios|productos|sobre nós|contato|serviços|chi siamo|contatti|over ons|diensten|om oss|tjänster|tjenester|kariyer|hakkımızda|iletişim|kariéra|o nás|kontakty|cariere|despre noi|tuyển dụng|liên hệ|karir|tentang kami|kontak|community|discover|applied|explore|job alerts|alerts|inbox|network|events|learning|forum|find jobs?|find employees|find candidates|find talent|upload (?:your )?cv|upload (?:your )?resume|salary calculator|gehaltsrechner|ratgeber|für arbeitgeber|für unternehmen|arbeitgeber|mein konto|my account|my [\p{L}]{2,20})$/iu;
