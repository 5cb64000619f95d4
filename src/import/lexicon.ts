/**
 * The words postings use for what the importer reads, in one multilingual table: each concept (full-time,
 * hybrid, "we're hiring", "nice to have"…) lists its phrases by language, and every reader asks the table
 * instead of keeping a pattern of its own. A language added here is understood everywhere at once.
 *
 * Phrases are literal text, matched without case at word boundaries (any script's letters count, so "ł" and
 * "ứ" end a word); a space or hyphen in a phrase also matches the other and nothing ("full-time", "full
 * time", "fulltime"). Phrases in scripts written without spaces (Japanese, Chinese) match anywhere.
 * Short or ambiguous phrases ("stage" is an internship only in French) are listed under `only` with the
 * language they mean it in: they count only when franc says the text is in that language.
 */

/** Languages by ISO 639-3 code, as franc names them. */
export type Lang =
  | 'eng'
  | 'deu'
  | 'fra'
  | 'spa'
  | 'por'
  | 'ita'
  | 'nld'
  | 'swe'
  | 'nob'
  | 'dan'
  | 'fin'
  | 'pol'
  | 'ces'
  | 'rus'
  | 'ukr'
  | 'jpn'
  | 'vie'
  | 'tur'
  | 'ind'
  | 'ell'
  | 'hun'
  | 'ron'
  | 'kor';

type Phrases = Partial<Record<Lang, string>>;

interface Entry {
  /** Phrases in any text, by the language they come from ("|" between phrases). */
  any: Phrases;
  /** Phrases that count only in a text of their language. */
  only?: Phrases;
}

const LEXICON = {
  // ------------------------------------------------------------------ employment
  fullTime: {
    any: {
      eng: 'full-time|full time|full-time position|permanent full-time',
      deu: 'vollzeit|in vollzeit|vollzeitstelle',
      fra: 'temps plein|temps complet|à temps complet',
      spa: 'jornada completa|tiempo completo|jornada a tiempo completo',
      por: 'tempo integral|tempo inteiro|período integral|horário integral',
      ita: 'tempo pieno|full time',
      nld: 'fulltime|voltijd',
      swe: 'heltid|heltidstjänst',
      nob: 'heltid|fulltid|100 % stilling|100% stilling',
      dan: 'fuldtid',
      fin: 'kokoaikainen|kokoaikatyö',
      pol: 'pełny etat|pełen etat|pełnym etacie|pełnym wymiarze',
      ces: 'plný úvazek|hlavní pracovní poměr|plný pracovní úvazek',
      rus: 'полный рабочий день|полная занятость',
      ukr: 'повна зайнятість',
      jpn: '正社員|フルタイム',
      vie: 'toàn thời gian|full-time',
      tur: 'tam zamanlı',
      ind: 'penuh waktu',
      ell: 'πλήρης απασχόληση|πλήρη απασχόληση|πλήρους απασχόλησης',
      hun: 'teljes munkaidő|teljes munkaidős',
      ron: 'normă întreagă',
    },
  },
  /** A permanent contract: read as full-time unless part-time is said. */
  permanent: {
    any: {
      eng: 'permanent contract|permanent position|permanent role|contract type: permanent',
      deu: 'unbefristet|unbefristete|festanstellung|unbefristeter arbeitsvertrag',
      fra: 'contrat à durée indéterminée|poste permanent',
      spa: 'contrato indefinido',
      por: 'contrato sem termo|sem termo|efetivo|contrato efetivo',
      ita: 'tempo indeterminato|contratto a tempo indeterminato',
      nld: 'vast contract|vaste aanstelling|onbepaalde tijd',
      swe: 'tillsvidareanställning|tillsvidare',
      nob: 'fast stilling|fast ansettelse|fast, 100',
      dan: 'fastansættelse|fast stilling',
      fin: 'vakituinen|toistaiseksi voimassa',
      pol: 'umowa o pracę|umowę o pracę',
      ces: 'na dobu neurčitou|smlouva na dobu neurčitou',
      rus: 'официальное оформление|бессрочный договор',
      vie: 'chính thức|hợp đồng chính thức',
      tur: 'süresiz',
    },
    only: { fra: 'cdi', por: 'clt', pol: 'uop' },
  },
  partTime: {
    any: {
      eng: 'part-time|part time',
      deu: 'teilzeit|in teilzeit|werkstudent|werkstudentin|minijob',
      fra: 'temps partiel|à temps partiel|mi-temps',
      spa: 'media jornada|tiempo parcial|jornada parcial',
      por: 'meio período|meio periodo|tempo parcial|part-time',
      ita: 'part time|tempo parziale',
      nld: 'parttime|deeltijd',
      swe: 'deltid',
      nob: 'deltid|deltidsstilling',
      dan: 'deltid',
      fin: 'osa-aikainen|osa-aikatyö',
      pol: 'niepełny etat|część etatu|pół etatu|1/2 etatu',
      ces: 'částečný úvazek|zkrácený úvazek',
      rus: 'частичная занятость|неполный рабочий день',
      jpn: 'パートタイム|アルバイト|パート',
      vie: 'bán thời gian|part-time',
      tur: 'yarı zamanlı',
      ind: 'paruh waktu',
      ell: 'μερική απασχόληση',
      hun: 'részmunkaidő|részmunkaidős',
      ron: 'normă parțială|jumătate de normă',
    },
  },
  /** Fixed-term, temporary or freelance work. */
  contract: {
    any: {
      eng: 'fixed-term|fixed term contract|temporary contract|temporary position|temporary role|temporary assignment|temporary basis|temp assignment|contract role|contract position|contract basis|outside ir35|inside ir35|as a contractor|independent contractor|contractor role|contractor position|contractor basis|contractor rate|1099 contractor|freelance|freelancer|months contract|month contract|contract agent|initial period of',
      deu: 'befristet|befristete|befristeter vertrag|werkvertrag|freiberuflich|freelancer|zeitvertrag',
      fra: 'contrat à durée déterminée|freelance|contrat de mission',
      spa: 'contrato temporal|por obra|contrato de duración determinada|freelance|autónomo',
      por: 'contrato temporário|contrato a termo|termo certo|pessoa jurídica|temporário|freelancer',
      ita: 'tempo determinato|contratto a termine|partita iva|contratto di collaborazione',
      nld: 'tijdelijk contract|bepaalde tijd|freelance',
      swe: 'visstidsanställning|tidsbegränsad|vikariat|projektanställning|konsultuppdrag',
      nob: 'midlertidig|engasjement|vikariat|prosjektstilling',
      dan: 'tidsbegrænset|midlertidig|vikariat|projektansættelse',
      fin: 'määräaikainen',
      pol: 'kontrakt b2b|umowa b2b|umowa zlecenie|umowa o dzieło|umowa na czas określony',
      ces: 'na dobu určitou|smlouva na dobu určitou|na živnostenský list',
      rus: 'срочный договор|договор гпх|проектная работа',
      jpn: '契約社員|業務委託|派遣社員',
      vie: 'hợp đồng thời vụ|hợp đồng ngắn hạn|cộng tác viên',
      tur: 'sözleşmeli|belirli süreli',
    },
    // Words that are something else in other languages: "vacation" is a holiday in English, "B2B" a market.
    only: { fra: 'cdd|vacation', por: 'pj', pol: 'b2b', nld: 'zzp' },
  },
  internship: {
    any: {
      eng: 'internship|intern|trainee|traineeship|apprenticeship|graduate scheme|placement year',
      deu: 'praktikum|praktikant|praktikantin|pflichtpraktikum|ausbildung|trainee',
      fra: "stagiaire|alternance|stage de fin d’études|stage de fin d'études|apprentissage",
      spa: 'prácticas|becario|becaria|pasantía',
      por: 'estágio|estagiário|estagiária',
      ita: 'tirocinio|stagista|stage curriculare',
      nld: 'stagiair|stageplek|afstudeerstage',
      swe: 'praktikant|praktikplats',
      nob: 'praksis|trainee|lærling',
      dan: 'praktikant|praktikplads',
      fin: 'harjoittelija|harjoittelu',
      pol: 'staż|stażysta|stażystka|praktyki|praktykant',
      ces: 'stáž|stážista',
      rus: 'стажировка|стажёр|стажер',
      jpn: 'インターン|インターンシップ',
      vie: 'thực tập|thực tập sinh',
      tur: 'stajyer|staj',
      kor: '인턴|인턴십|체험형 인턴|채용연계형 인턴',
      ind: 'magang|pemagangan|program magang|anak magang',
    },
    only: { fra: 'stage', ita: 'stage', nld: 'stage' },
  },

  // ------------------------------------------------------------------- workplace
  remote: {
    any: {
      eng: 'remote|fully remote|100% remote|remote-first|work from home|work-from-home|wfh|remote work|distributed team|anywhere in',
      deu: 'homeoffice|home office|home-office|mobiles arbeiten|remote|ortsunabhängig|vollständig remote',
      fra: 'télétravail|teletravail|à distance|full remote|100 % télétravail|télétravail total',
      spa: 'teletrabajo|remoto|trabajo remoto|100% remoto|en remoto|a distancia',
      por: 'remoto|trabalho remoto|100% remoto|home office|à distância',
      ita: 'da remoto|lavoro da remoto|full remote|smart working',
      nld: 'thuiswerken|op afstand|volledig remote',
      swe: 'distans|på distans|distansarbete|hemifrån',
      nob: 'hjemmekontor|fjernarbeid|fjernarbeid',
      dan: 'hjemmefra|fjernarbejde',
      fin: 'etätyö',
      pol: 'zdalnie|praca zdalna|pracy zdalnej|zdalna|w pełni zdalnie',
      ces: 'práce z domova|na dálku|vzdáleně|home office',
      rus: 'удаленно|удалённо|удаленная работа|удалённая работа|можно удаленно|можно удалённо',
      jpn: 'フルリモート|リモートワーク|在宅勤務|リモート',
      vie: 'từ xa|làm việc từ xa|remote',
      tur: 'uzaktan|tamamen uzaktan',
      ind: 'kerja dari rumah|kerja jarak jauh',
      ell: 'τηλεργασία|εξ αποστάσεως',
      hun: 'távmunka',
      ron: 'la distanță|de acasă',
    },
  },
  hybrid: {
    any: {
      eng: 'hybrid|hybrid working|hybrid role|days in the office|days a week in the office|days per week in the office|days in office|office days|together days|day from home|days from home|day a week from home|days a week from home|day working from home|days working from home|day at home|days at home|days wfh|day wfh|home-office day|home office day|home-office days|home office days|work-from-home day|work from home day|work-from-home days|work from home days',
      deu: 'hybrid|hybrides arbeiten|tage im büro|tage pro woche im büro|tage vor ort|tage pro woche mobil|tage die woche mobil|tage mobil',
      fra: 'hybride|télétravail partiel|télétravail fréquent|télétravail occasionnel|jours de télétravail|jours au bureau',
      spa: 'híbrido|hibrido|modelo híbrido|días en la oficina|días de teletrabajo',
      por: 'híbrido|hibrido|híbrida|modelo híbrido|dias no escritório|dias por semana no escritório',
      ita: 'ibrido|modalità ibrida|giorni in ufficio',
      nld: 'hybride|hybride werken|dagen op kantoor',
      swe: 'hybrid|hybridarbete|dagar på kontoret',
      nob: 'hybrid|hybrid arbeid|dager på kontoret',
      dan: 'hybrid|hybridarbejde|dage på kontoret',
      fin: 'hybridi|hybridityö',
      pol: 'hybrydowo|hybrydowa|hybrydowy|praca hybrydowa|dni w biurze',
      ces: 'hybridní|hybridně|částečně z domova',
      rus: 'гибрид|гибридный формат|гибридный график',
      jpn: 'ハイブリッド|一部リモート|週3日出社|週2日出社|週1日出社|週4日出社|リモート週1日|リモート週2日|リモート週3日|リモート週4日|週1日まで在宅|週2日まで在宅|週3日まで在宅|週4日まで在宅|週1日在宅|週2日在宅|週3日在宅|週4日在宅',
      vie: 'kết hợp|hybrid|linh hoạt',
      tur: 'hibrit',
      ind: 'hibrida|kerja hybrid',
      ell: 'υβριδική εργασία|υβριδικό μοντέλο',
      hun: 'hibrid',
      ron: 'hibrid',
    },
  },
  onsite: {
    any: {
      eng: 'on-site|onsite|on site|in-office|office-based|office based|in person|in-person|fully office-based',
      deu: 'vor ort|präsenz|präsenzarbeit|im büro',
      fra: 'sur site|présentiel|en présentiel|100 % présentiel|sur place',
      spa: 'presencial|trabajo presencial|en la oficina',
      por: 'presencial|trabalho presencial|no escritório',
      ita: 'in sede|in presenza|presenza in stabilimento|presenza in sede|presenza in ufficio|in stabilimento',
      nld: 'op locatie|op kantoor',
      swe: 'på plats|på kontoret',
      nob: 'på kontoret|oppmøte',
      dan: 'på kontoret|på adressen',
      fin: 'toimistolla|lähityö',
      pol: 'stacjonarnie|praca stacjonarna|w biurze',
      ces: 'v kanceláři|na pracovišti',
      rus: 'в офисе|работа в офисе',
      jpn: '出社|オフィス勤務|常駐',
      vie: 'tại văn phòng|làm việc tại văn phòng',
      tur: 'ofisten|iş yerinde|ofiste',
      ind: 'kerja di kantor|wfo',
      ell: 'στο γραφείο|δια ζώσης',
      hun: 'irodában|irodai munkavégzés',
      ron: 'la birou|la sediu',
    },
  },

  // ------------------------------------------------------------- posting signals
  /** A hiring announcement: "we're hiring", "#hiring", "X recrute", "wir suchen". */
  hiring: {
    any: {
      eng: "we're hiring|we’re hiring|we are hiring|now hiring|is hiring|are hiring|#hiring|[hiring]|is looking for|are looking for|we are looking for|we're looking for|we’re looking for|is seeking|is recruiting|join our team|join us as|help wanted|wanted:|urgently needed|urgently hiring",
      deu: 'wir suchen|sucht|suchen wir|wir stellen ein|verstärkung gesucht|gesucht',
      fra: 'recrute|nous recrutons|on recrute|recherche un|recherche une|nous recherchons',
      spa: 'buscamos|estamos buscando|busca un|busca una|estamos contratando|se busca',
      por: 'procuramos|estamos contratando|estamos à procura|contrata|estamos a recrutar',
      ita: 'cerchiamo|stiamo cercando|cerca un|cerca una',
      nld: 'wij zoeken|we zoeken|zoekt|versterking gezocht',
      swe: 'vi söker|söker nu|vi rekryterar',
      nob: 'vi søker|søker nå',
      dan: 'vi søger|søger nu',
      fin: 'haemme|etsimme',
      pol: 'szukamy|poszukujemy|zatrudnimy|rekrutujemy',
      ces: 'hledáme|přijmeme',
      rus: 'ищем|ищет|приглашаем',
      ukr: 'шукаємо',
      jpn: '募集しています|募集中|を募集',
      vie: 'cần tuyển|chúng tôi tuyển|đang tuyển',
      tur: 'arıyoruz',
    },
    only: { ita: 'assume' },
  },
  /** Telling the reader how to apply, or by when. */
  apply: {
    any: {
      eng: 'apply now|how to apply|apply via|apply here|apply online|apply today|apply by|apply before|apply at|to apply|send your cv|send us your cv|send your resume|send your application|submit your application|submit your cv|closing date|application deadline|applications close|deadline for applications|apply personally|apply in person|bring resume|bring your resume|walk-in applicants',
      deu: 'jetzt bewerben|bewirb dich|bewerben sie sich|bewerbung an|bewerbungsfrist|bewerbungsschluss|ihre bewerbung|deine bewerbung',
      fra: 'postuler|postulez|candidature|candidatures|envoyez votre cv|date limite|adressez votre',
      spa: 'postúlate|postula|aplica ahora|envía tu cv|envía tu candidatura|inscríbete|fecha límite',
      por: 'candidate-se|candidatar-se|candidata-te|candidaturas até|inscreva-se|envie seu currículo|envie o seu cv|prazo de candidatura',
      ita: 'candidati|candidatura entro|invia il tuo cv|candidature entro',
      nld: 'solliciteer|reageer|sollicitatie',
      swe: 'ansök|skicka din ansökan|sista ansökningsdag|ansökan',
      nob: 'søk nå|søk på stillingen|søknadsfrist|send søknad',
      dan: 'søg stillingen|ansøgningsfrist|send din ansøgning',
      fin: 'hae nyt|hakuaika|hakemus',
      pol: 'aplikuj|wyślij cv|prześlij cv|aplikuj teraz',
      ces: 'odpovědět na inzerát|pošlete životopis|zašlete životopis|přihlaste se|reagovat',
      rus: 'откликнуться|отклик|присылайте резюме|отправьте резюме',
      jpn: '応募|エントリー',
      vie: 'ứng tuyển|nộp hồ sơ|hạn nộp',
      tur: 'başvur|başvuru',
    },
  },
  /** A language or skill that is welcome, not required. */
  plus: {
    any: {
      eng: 'a plus|is a plus|plus if|bonus|is a bonus|nice to have|nice-to-have|preferred|desirable|advantage|advantageous|an asset|helpful|beneficial|would be great|not required|not a requirement|not essential|optional',
      deu: 'von vorteil|wünschenswert|ein plus|ist ein plus|sind ein plus|nicht erforderlich|nice to have|idealerweise|gerne|vorteilhaft',
      fra: 'un plus|est un plus|serait un plus|un atout|apprécié|appréciée|souhaité|souhaitable|pas nécessaire|bienvenu',
      spa: 'valorable|se valorará|se valora|deseable|no es necesario|un plus|será un plus',
      por: 'diferencial|desejável|será um plus|um plus|não é necessário|valorizado|valorizamos',
      ita: 'è un plus|costituisce un plus|gradito|gradita|preferibile|non richiesto',
      nld: 'pluspunt|een pré|is een pre|is een pré|gewenst|niet vereist',
      swe: 'meriterande|meriterar|ett plus|är ett plus',
      nob: 'en fordel|er en fordel|et pluss|ønskelig',
      dan: 'en fordel|er en fordel|et plus|ønskeligt',
      fin: 'eduksi|plussaa',
      pol: 'mile widziany|mile widziana|mile widziane|atutem|dodatkowym atutem|będzie plusem',
      ces: 'výhodou|je výhodou|plus',
      rus: 'будет плюсом|плюсом|желательно|приветствуется',
      jpn: '歓迎|尚可',
      vie: 'ưu tiên|điểm cộng',
      tur: 'tercih sebebi|artı',
    },
  },
  /** A first line that names the kind of document, not the job: "Job description", "Stellenanzeige". */
  documentType: {
    any: {
      eng: 'job description|job posting|job advert|job ad|job opening|vacancy|vacancy notice|vacancies|position description|role description|job offer|draft|overview|job details|featured role|featured job',
      deu: 'stellenanzeige|stellenausschreibung|stellenangebot|stellenbeschreibung|ausschreibung',
      fra: "offre d’emploi|offre d'emploi|avis de recrutement|fiche de poste|avis de vacance",
      spa: 'descripción del puesto|oferta de empleo|oferta de trabajo|vacante|borrador',
      por: 'descrição da vaga|vaga|oportunidade|anúncio de vaga|vaga em destaque',
      ita: 'annuncio|offerta di lavoro|descrizione del ruolo|posizione aperta',
      nld: 'vacature|functieomschrijving',
      swe: 'platsannons|jobbannons|ledig tjänst',
      nob: 'stillingsannonse|ledig stilling|stillingsbeskrivelse',
      dan: 'stillingsopslag|jobopslag|ledig stilling',
      fin: 'työpaikkailmoitus',
      pol: 'ogłoszenie|oferta pracy|opis stanowiska',
      ces: 'nabídka práce|popis pozice|inzerát',
      rus: 'вакансия|описание вакансии',
      jpn: '募集要項|求人票|採用情報',
      vie: 'tuyển dụng|mô tả công việc|thông báo tuyển dụng',
      tur: 'iş ilanı|ilan',
    },
  },
  /** A careers page's own name, never a job or an employer: "Careers", "Join us", "Jobba hos oss". */
  careers: {
    any: {
      eng: 'careers|career|jobs|join us|join our team|work with us|open positions|open roles|current openings|job openings|home|apply|job application|job details|job|posting|vacancy',
      deu: 'karriere|jobs|stellenangebote|offene stellen|arbeiten bei uns|bewerben',
      fra: 'carrières|carrière|recrutement|nous rejoindre|rejoignez-nous|offres d’emploi|emplois',
      spa: 'empleo|carreras|trabaja con nosotros|únete|ofertas de empleo',
      por: 'carreiras|trabalhe conosco|vagas|junte-se a nós',
      ita: 'lavora con noi|carriere|posizioni aperte',
      nld: 'werken bij|vacatures|carrière',
      swe: 'karriär|jobba hos oss|lediga jobb|jobb',
      nob: 'karriere|jobb hos oss|ledige stillinger|jobb',
      dan: 'karriere|job hos os|ledige stillinger',
      fin: 'ura|avoimet työpaikat|rekrytointi',
      pol: 'kariera|praca|oferty pracy|dołącz do nas',
      ces: 'kariéra|volná místa|pracovní nabídky',
      rus: 'карьера|вакансии|работа у нас',
      jpn: '採用情報|採用|キャリア|求人情報',
      vie: 'tuyển dụng|cơ hội nghề nghiệp',
      tur: 'kariyer|iş ilanları',
    },
  },
  /** Words that make a name an organisation: "Kestrel University", "Ville de Chambéry", "Tromsø kommune". */
  organisation: {
    any: {
      eng: 'university|college|agency|department for|department of|ministry|council|authority|hospital|clinic|institute|foundation|association|trust|school|academy|office for|office of|bureau|commission|museum|library|labs|partners|llp|charity|alliance',
      deu: 'universität|hochschule|klinikum|krankenhaus|stadt|gemeinde|landkreis|stiftung|verein|institut|behörde|ministerium|kanzlei|praxis|gruppe|werke|bank',
      fra: 'université|ville de|mairie|communauté|commune|agence|hôpital|centre hospitalier|institut|fondation|association|ministère|conseil|région|département|cabinet|groupe',
      spa: 'universidad|ayuntamiento|hospital|fundación|asociación|instituto|ministerio|agencia|consejería|grupo',
      por: 'universidade|prefeitura|câmara municipal|hospital|fundação|associação|instituto|ministério|agência|grupo',
      ita: 'università|comune di|ospedale|fondazione|associazione|istituto|ministero|agenzia|gruppo',
      nld: 'universiteit|gemeente|ziekenhuis|stichting|vereniging|instituut|ministerie|hogeschool',
      swe: 'universitet|kommun|region|sjukhus|stiftelse|förening|myndighet|gymnasium|högskola',
      nob: 'universitet|kommune|fylkeskommune|sykehus|stiftelse|forening|direktorat|høgskole',
      dan: 'universitet|kommune|region|hospital|fond|forening|styrelse',
      fin: 'yliopisto|kaupunki|kunta|sairaala|säätiö',
      pol: 'uniwersytet|politechnika|urząd|szpital|fundacja|stowarzyszenie|instytut|ministerstwo|gmina',
      ces: 'univerzita|nemocnice|úřad|magistrát|nadace|institut|ministerstvo',
      rus: 'университет|больница|фонд|институт|министерство',
      jpn: '株式会社|大学|病院|財団|協会',
      vie: 'công ty|trường|bệnh viện|tập đoàn',
      tur: 'üniversitesi|hastanesi|vakfı|derneği|a.ş.',
    },
  },
  /** An article's reading time, as blogs print it. */
  readingTime: {
    any: {
      eng: 'min read|minute read|minutes read|reading time|mins read',
      deu: 'min lesezeit|minuten lesezeit|lesezeit',
      fra: 'min de lecture|minutes de lecture|temps de lecture',
      spa: 'min de lectura|minutos de lectura|tiempo de lectura',
      por: 'min de leitura|minutos de leitura|tempo de leitura',
      ita: 'min di lettura|minuti di lettura',
      nld: 'min leestijd|minuten leestijd|leestijd',
      swe: 'min läsning|minuters läsning|lästid',
      nob: 'min lesetid|minutters lesing|lesetid',
      dan: 'min læsetid|læsetid',
      pol: 'min czytania|czas czytania',
      ces: 'min čtení',
      rus: 'мин чтения|минут чтения',
      jpn: '分で読める',
      vie: 'phút đọc',
      tur: 'dk okuma|dakika okuma',
    },
  },
  /** An episode of a podcast or a show, as its page says where to listen and how long it runs. */
  episode: {
    any: {
      eng: 'apple podcasts|listen to the episode|listen to this episode|listen now on|show notes|episode notes|in this episode|running time',
      deu: 'folge anhören|jetzt anhören|shownotes|in dieser folge|podcast-folge',
      fra: "écouter l'épisode|écouter l’épisode|notes de l'épisode|dans cet épisode",
      spa: 'escucha el episodio|escuchar el episodio|notas del episodio|en este episodio',
      por: 'ouça o episódio|ouvir o episódio|neste episódio',
      ita: "ascolta l'episodio|in questo episodio",
      nld: 'luister de aflevering|in deze aflevering',
      swe: 'lyssna på avsnittet|i det här avsnittet|i avsnittet|poddavsnitt|lyssna på podden',
      nob: 'hør episoden|i denne episoden',
      dan: 'lyt til afsnittet|i dette afsnit',
      jpn: '再生時間|エピソード一覧|今回のゲスト|番組について',
    },
  },
  /**
   * The word a newsletter numbers its issues with ("Issue #112", "Ausgabe 47", "edição nº 58"): read in an
   * e-mail's subject, a masthead and the first lines of a saved issue.
   */
  issueWord: {
    any: {
      eng: 'issue',
      deu: 'ausgabe',
      fra: 'numéro|édition',
      spa: 'edición|edicion|número',
      por: 'edição|edicao|número',
      ita: 'edizione',
      nld: 'editie|aflevering|nummer',
      swe: 'utgåva|nummer',
      pol: 'wydanie',
    },
  },
  /**
   * A newsletter's link to itself on the web, at the top of a saved issue ("View this email in your browser",
   * "Im Browser ansehen"): a newsletter's mark, and the issue's own address when a link follows. Job-alert
   * e-mails say "View job" or "See all jobs" instead.
   */
  webView: {
    any: {
      eng: 'view this e-mail in your browser|view this e-mail in your web browser|view this e-mail in a browser|view this e-mail in a web browser|view this e-mail in the browser|view this e-mail in the web browser|view this newsletter in your browser|view this newsletter in your web browser|view this newsletter in a browser|view this newsletter in a web browser|view this newsletter in the browser|view this newsletter in the web browser|view this post in your browser|view this post in your web browser|view this post in a browser|view this post in a web browser|view this post in the browser|view this post in the web browser|view this issue in your browser|view this issue in your web browser|view this issue in a browser|view this issue in a web browser|view this issue in the browser|view this issue in the web browser|view it in your browser|view it in your web browser|view it in a browser|view it in a web browser|view it in the browser|view it in the web browser|view this e-mail on the web|view this newsletter on the web|view this post on the web|view this issue on the web|view it on the web|view this e-mail online|view this newsletter online|view this post online|view this issue online|read this issue online|read it online|read online',
      deu: 'im browser ansehen|im browser anzeigen|im browser öffnen|im browser lesen',
      fra: 'voir en ligne|voir dans votre navigateur|voir dans le navigateur|voir cette newsletter en ligne|voir cette newsletter dans votre navigateur|voir cette newsletter dans le navigateur|voir cet e-mail en ligne|voir cet e-mail dans votre navigateur|voir cet e-mail dans le navigateur|voir la version en ligne|voir la version dans votre navigateur|voir la version dans le navigateur|lire en ligne|lire dans votre navigateur|lire dans le navigateur|lire cette newsletter en ligne|lire cette newsletter dans votre navigateur|lire cette newsletter dans le navigateur|lire cet e-mail en ligne|lire cet e-mail dans votre navigateur|lire cet e-mail dans le navigateur|lire la version en ligne|lire la version dans votre navigateur|lire la version dans le navigateur',
      spa: 'ver en el navegador|ver en tu navegador|ver online',
      por: 'ver no navegador|ver online',
      ita: 'visualizza nel browser|visualizza online',
      nld: 'bekijk in je browser|bekijk in uw browser|bekijk online|bekijk deze e-mail in je browser|bekijk deze e-mail in uw browser|bekijk deze e-mail online|bekijk deze nieuwsbrief in je browser|bekijk deze nieuwsbrief in uw browser|bekijk deze nieuwsbrief online',
      swe: 'visa i webbläsaren|läs i webbläsaren|öppna i webbläsaren|läs online|visa online',
      nob: 'vis i nettleseren|vis i nettleser|les i nettleseren|les i nettleser|se i nettleseren|les på nett',
      dan: 'vis i browser|vis i din browser|se i browser|se i din browser|læs i browser|læs i din browser|læs online',
      pol: 'zobacz w przeglądarce|otwórz w przeglądarce|wyświetl w przeglądarce|czytaj online',
      ces: 'zobrazit v prohlížeči|otevřít v prohlížeči|číst online',
      tur: 'tarayıcıda görüntüle|tarayıcıda aç|web sürümünü görüntüle',
    },
  },
  /** Shorter words for the same link, a web view only when the issue's address follows on their line ("View online: <address>"). */
  webViewLink: {
    any: {
      eng: 'view online|view it|view in browser|view this e-mail|view this post|view this issue|view this newsletter',
    },
  },
  /**
   * A writer's news of their own new job, as LinkedIn's template and its users word it ("I'm starting a new
   * position as …", "Ich freue mich, euch mitteilen zu können, dass ich eine neue Position als … angetreten
   * habe"): a post about a job taken, not one on offer.
   */
  newJob: {
    any: {
      eng: "starting a new position|started a new position|i'm starting a new|i’m starting a new|i've joined|i’ve joined|i have joined|i'm joining|i’m joining|my new role|my first day at|#newjob|#newrole|#newposition",
      deu: 'neue position als|neue position bei|neue stelle als|angetreten habe|meine neue rolle|mein erster tag|#neuerjob|#neuestelle|#neuerole',
      fra: "nouveau poste de|nouveau poste en tant que|je commence un nouveau|je rejoins|j’ai rejoint|j'ai rejoint|mon premier jour|#nouveauposte|#nouveaujob|#nouveautravail",
      spa: 'nuevo puesto como|nuevo puesto de|empiezo un nuevo|he empezado un nuevo|comienzo un nuevo|me uno a|mi primer día|#nuevotrabajo|#nuevoempleo|#nuevopuesto',
      por: 'novo cargo de|novo cargo como|começando em um novo|comecei em um novo|começar um novo cargo|meu primeiro dia|#novoemprego|#novocargo|#novotrabalho',
      ita: 'nuova posizione come|nuovo ruolo come|ho iniziato una nuova|il mio primo giorno|#nuovolavoro',
      nld: 'nieuwe functie als|nieuwe baan als|begonnen als|mijn eerste dag|#nieuwebaan|#nieuwefunctie',
      pol: 'nowe stanowisko|nową pracę|mój pierwszy dzień|#nowapraca',
    },
  },
} satisfies Record<string, Entry>;

export type Concept = keyof typeof LEXICON;

/** Scripts without spaces between words: a phrase in them matches anywhere. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: spaces and hyphens interchangeable, at word boundaries unless in an unspaced script. */
function phrasePattern(phrase: string): string {
  const body = phrase
    .trim()
    .split(/[\s\-‐‑]+/)
    .map(escapeRe)
    .join('[\\s\\-‐‑]?');
  return UNSPACED.test(phrase) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

const split = (phrases: Phrases | undefined, langs?: readonly string[]) =>
  Object.entries(phrases ?? {})
    .filter(([lang]) => !langs || langs.includes(lang))
    .flatMap(([, list]) => (list as string).split('|'))
    .filter(Boolean);

const compiled = new Map<string, RegExp>();

/**
 * The pattern of a concept for a text in `language` (franc's code, or undefined when unknown): every
 * language's common phrases, and the ambiguous ones of that language only. Longest phrases first, so
 * "full-time position" wins over "full-time". Flags: global, case-insensitive, Unicode.
 */
export function conceptPattern(concept: Concept, language?: string): RegExp {
  const key = `${concept}:${language ?? ''}`;
  let re = compiled.get(key);
  if (!re) {
    const entry: Entry = LEXICON[concept];
    const phrases = [...new Set([...split(entry.any), ...split(entry.only, language ? [language] : [])])].sort(
      (a, b) => b.length - a.length,
    );
    re = new RegExp(phrases.map(phrasePattern).join('|'), 'giu');
    compiled.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Whether `text` says the concept, in any language of the table (and the ambiguous words of its own). */
export function says(concept: Concept, text: string, language?: string): boolean {
  return conceptPattern(concept, language).test(text);
}

/** Every place `text` says the concept: the phrase and where it starts. */
export function findAll(concept: Concept, text: string, language?: string): { phrase: string; index: number }[] {
  return [...text.matchAll(conceptPattern(concept, language))].map((m) => ({ phrase: m[0], index: m.index }));
}

/** The first place `text` says the concept, or undefined. */
export function findFirst(
  concept: Concept,
  text: string,
  language?: string,
): { phrase: string; index: number } | undefined {
  const m = conceptPattern(concept, language).exec(text);
  return m ? { phrase: m[0], index: m.index } : undefined;
}

/** Whether the whole of `text` (trimmed, without punctuation around it) is one phrase of the concept. */
export function isExactly(concept: Concept, text: string, language?: string): boolean {
  const t = text
    .trim()
    .replace(/^[^\p{L}\p{N}#[]+|[^\p{L}\p{N}\]]+$/gu, '')
    .trim();
  if (!t) return false;
  const m = conceptPattern(concept, language).exec(t);
  return Boolean(m && m.index === 0 && m[0].length === t.length);
}

/** The phrases of a concept, for tests and for the report. */
export const phrasesOf = (concept: Concept): string[] => [
  ...split((LEXICON[concept] as Entry).any),
  ...split((LEXICON[concept] as Entry).only),
];

/**
 * Phrases as a pattern that ignores their case inside a case-sensitive regular expression ("by" →
 * "[bB][yY]"), for patterns where what follows the phrase must keep its capitals: with the `i` flag, `\p{Lu}`
 * and `[A-Z]` match every letter, so "By the way" would read as a byline.
 */
export function caselessPattern(phrases: string[]): string {
  const letter = (c: string) => {
    const upper = c.toUpperCase();
    const lower = c.toLowerCase();
    return upper !== lower && upper.length === 1 && lower.length === 1 ? `[${lower}${upper}]` : c;
  };
  return phrases.map((p) => [...p].map((c) => (/\s/.test(c) ? '\\s+' : letter(c))).join('')).join('|');
}

/**
 * A newsletter issue's word and number, as a pattern source: "Issue #112", "Ausgabe 47", "edição nº 58",
 * "numéro n. 12", "wydanie nr 3". One pattern for the three places that read it: whether a text is a newsletter
 * (detect-kind), its masthead (source-cues) and the number cut from an e-mail's subject (article-extract).
 * `caseless`: for a pattern without the `i` flag, whose other parts must keep their capitals.
 */
export const issueNumberPattern = (opts: { caseless?: boolean } = {}): string =>
  String.raw`(?:${opts.caseless ? caselessPattern(phrasesOf('issueWord')) : conceptPattern('issueWord').source})\s*(?:#|[nN]\.?\s*[°º]\.?|[nN]\.|[nN][oO]\.?|[nN][rR]\.?)?\s*#?\d{1,4}`;
