import { requirementLabel } from '../prep/requirements.ts';

/**
 * The section labels job postings use, in the languages Dossier's users post
 * in (English, Polish, German, French, Spanish, Portuguese, Norwegian,
 * Vietnamese). A label is a short line of its own ("Wymagania:", "**Ihr
 * Profil**", "### Qualifications"); the importer turns it into a heading so
 * the posting's structure shows and the prep sheet finds the requirement list.
 */
export type SectionKind =
  'responsibilities' | 'requirements' | 'preferred' | 'benefits' | 'about' | 'apply' | 'pay' | 'details';

/** Folded label (lower case, no accents or punctuation) → kind. Matched against the whole label. */
const VOCABULARY: [SectionKind, string[]][] = [
  [
    'responsibilities',
    [
      'responsibilities',
      'key responsibilities',
      'key job responsibilities',
      'job responsibilities',
      'your responsibilities',
      'main responsibilities',
      'what you ll do',
      'what you will do',
      'what you will be doing',
      'what you ll be doing',
      'your role',
      'the role',
      'the job',
      'role',
      'duties',
      'key duties',
      'main duties',
      'your tasks',
      'tasks',
      'a day in the life',
      'day to day',
      'in this role you will',
      'job description',
      'description',
      'about the role',
      'about the job',
      // pl, de, fr, es, pt, no, vi
      'obowiazki',
      'zakres obowiazkow',
      'twoje obowiazki',
      'twoje zadania',
      'czym bedziesz sie zajmowac',
      'zadania',
      'ihre aufgaben',
      'deine aufgaben',
      'aufgaben',
      'ihr aufgabengebiet',
      'das erwartet dich',
      'das erwartet sie',
      'was dich erwartet',
      'was sie erwartet',
      'vos missions',
      'missions',
      'vos responsabilites',
      'responsabilites',
      'description du poste',
      'le poste',
      'ce que vous ferez',
      'responsabilidades',
      'funciones',
      'tus funciones',
      'que haras',
      'tus responsabilidades',
      'descripcion del puesto',
      'atividades',
      'principais atividades',
      'responsabilidades e atribuicoes',
      'atribuicoes',
      'o que voce vai fazer',
      'descricao da vaga',
      'arbeidsoppgaver',
      'dine oppgaver',
      'oppgaver',
      'ansvarsomrader',
      'stillingsbeskrivelse',
      'mo ta cong viec',
      'nhiem vu',
      'trach nhiem',
      'cong viec',
      // it, nl, sv, da, ru, ja
      'cosa farai',
      'responsabilita',
      'mansioni',
      'di cosa ti occuperai',
      'il ruolo',
      'wat ga je doen',
      'taken',
      'functieomschrijving',
      'jouw rol',
      'arbetsuppgifter',
      'dina arbetsuppgifter',
      'om tjansten',
      'om rollen',
      'dine opgaver',
      'arbejdsopgaver',
      'обязанности',
      'задачи',
      'чем предстоит заниматься',
      '仕事内容',
      '業務内容',
    ],
  ],
  [
    'requirements',
    [
      'requirements',
      'job requirements',
      'qualifications',
      'basic qualifications',
      'minimum qualifications',
      'required qualifications',
      'essential qualifications',
      'must have',
      'must haves',
      'what you ll need',
      'what you need',
      'what we re looking for',
      'what we are looking for',
      'who you are',
      'about you',
      'your profile',
      'essential criteria',
      'essential skills',
      'skills',
      'required skills',
      'key skills',
      'experience',
      'skills and experience',
      'you have',
      'you bring',
      'what you bring',
      'wymagania',
      'nasze wymagania',
      'oczekujemy',
      'czego oczekujemy',
      'kogo szukamy',
      'twoj profil',
      'wymagane umiejetnosci',
      'ihr profil',
      'dein profil',
      'anforderungen',
      'das bringst du mit',
      'das bringen sie mit',
      'was du mitbringst',
      'was sie mitbringen',
      'qualifikationen',
      'profil recherche',
      'votre profil',
      'profil',
      'competences requises',
      'qualifications requises',
      'exigences',
      'requisitos',
      'requisitos minimos',
      'perfil',
      'tu perfil',
      'que buscamos',
      'lo que buscamos',
      'buscamos',
      'requisitos obrigatorios',
      'qualificacoes',
      'o que buscamos',
      'o que esperamos de voce',
      'perfil desejado',
      'pre requisitos',
      'kvalifikasjoner',
      'krav',
      'vi ser etter',
      'vi ser etter deg som',
      'hvem er du',
      'onskede kvalifikasjoner',
      'yeu cau',
      'yeu cau cong viec',
      'yeu cau ung vien',
      'ky nang',
      'requisiti',
      'cosa cerchiamo',
      'il tuo profilo',
      'profilo',
      'competenze',
      'functie eisen',
      'wat vragen wij',
      'wie ben jij',
      'jouw profiel',
      'eisen',
      'kvalifikationer',
      'vem ar du',
      'vi soker dig som',
      'din profil',
      'krav',
      'kompetencer',
      'hvem er du',
      'требования',
      'мы ожидаем',
      '必須スキル',
      // "【必須】" over a list, as Japanese boards print it.
      '必須',
      '応募資格',
      '자격요건',
      '자격 요건',
      '필수 요건',
      '任职要求',
      '岗位要求',
      '必須要件',
      '必須条件',
      '応募条件',
    ],
  ],
  [
    'preferred',
    [
      'preferred qualifications',
      'preferred',
      'nice to have',
      'nice to haves',
      'bonus points',
      'bonus',
      'desirable',
      'desirable criteria',
      'desirable skills',
      'pluses',
      'it s a plus if',
      'mile widziane',
      'dodatkowym atutem bedzie',
      'wunschenswert',
      'von vorteil',
      'nice to have',
      'serait un plus',
      'atouts',
      'un plus',
      'se valorara',
      'valorable',
      'deseable',
      'diferenciais',
      'desejavel',
      'desejaveis',
      'det er en fordel',
      'fordel',
      'uu tien',
      'diem cong',
      'costituisce un plus',
      'gradito',
      'pluspunten',
      'meriterande',
      'det er et plus',
      'будет плюсом',
      '歓迎',
      '歓迎スキル',
      '우대사항',
      '우대 사항',
      '加分项',
      '优先考虑',
      '歓迎要件',
      '歓迎条件',
      '歓迎経験',
      '尚可',
      'mile widziana',
      'mile widziany',
      'gradita',
      'graditi',
      'gradite',
      'titolo preferenziale',
      'nice to have skills',
      'bonus skills',
      'extra credit',
      'preferred skills',
      'preferred experience',
      'желательно',
      'будет преимуществом',
    ],
  ],
  [
    'benefits',
    [
      'benefits',
      'what we offer',
      'we offer',
      'perks',
      'perks and benefits',
      'why join us',
      'what s in it for you',
      'compensation and benefits',
      'oferujemy',
      'co oferujemy',
      'benefity',
      'wir bieten',
      'was wir bieten',
      'das bieten wir',
      'unser angebot',
      'benefits',
      'nous offrons',
      'ce que nous offrons',
      'avantages',
      'ofrecemos',
      'que ofrecemos',
      'beneficios',
      'oferecemos',
      'o que oferecemos',
      'vi tilbyr',
      'vi kan tilby',
      'goder',
      'quyen loi',
      'phuc loi',
      'che do dai ngo',
      'cosa offriamo',
      'offriamo',
      'wat bieden wij',
      'wij bieden',
      'arbeidsvoorwaarden',
      'vi erbjuder',
      'det erbjuder vi',
      'vi tilbyder',
      'условия',
      'мы предлагаем',
      '待遇 福利厚生',
      '福利厚生',
      '給与',
    ],
  ],
  [
    'about',
    [
      'about us',
      'about the company',
      'about the team',
      'who we are',
      'company description',
      'our team',
      'the team',
      'o nas',
      'o firmie',
      'uber uns',
      'wer wir sind',
      'qui sommes nous',
      'a propos',
      'l entreprise',
      'sobre nosotros',
      'quienes somos',
      'sobre nos',
      'quem somos',
      'om oss',
      'om selskapet',
      'sobre la empresa',
      'sobre a empresa',
      'uber das unternehmen',
      'das unternehmen',
      'a propos de l entreprise',
      'a propos de nous',
      'chi siamo',
      'l azienda',
      'azienda',
      'over het bedrijf',
      'over ons',
      'om virksomheden',
      'om os',
      'om foretaget',
      'om arbetsgivaren',
      'om arbeidsgiveren',
      'o spolecnosti',
      'hakkimizda',
      've chung toi',
      'gioi thieu cong ty',
    ],
  ],
  [
    'apply',
    [
      'how to apply',
      'to apply',
      'application process',
      'jak aplikowac',
      'bewerbung',
      'so bewirbst du dich',
      'postuler',
      'comment postuler',
      'como aplicar',
      'como se candidatar',
      'soknad',
      'slik soker du',
      'cach ung tuyen',
      'ho so',
    ],
  ],
  [
    'pay',
    [
      'salary',
      'pay',
      'compensation',
      'wynagrodzenie',
      'gehalt',
      'verguetung',
      'remuneration',
      'salaire',
      'salario',
      'remuneracao',
      'lonn',
      'muc luong',
      'luong',
      'thu nhap',
    ],
  ],
  [
    'details',
    [
      'job details',
      'details',
      'key details',
      'additional information',
      'informacje dodatkowe',
      'informations',
      'detalles',
      'detalhes',
      'detaljer',
      'thong tin chung',
    ],
  ],
];

const BY_LABEL = new Map<string, SectionKind>();
for (const [kind, labels] of VOCABULARY)
  for (const label of labels) if (!BY_LABEL.has(label)) BY_LABEL.set(label, kind);

/** A label compared without case, accents, punctuation or emoji: "Wymagania:" → "wymagania", "O que você vai fazer?" → "o que voce vai fazer". */
export function foldLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'a')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The label of a line, without heading hashes, bold, a trailing colon or a leading emoji. */
function labelText(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 70 || /^[-*+]\s|^\d+[.)]\s/.test(trimmed)) return undefined;
  const text = trimmed
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.*?)\1\s*:?$/, '$2')
    .replace(/\s*:\s*$/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
  return text === '' ? undefined : text;
}

/** The section a line introduces, or undefined. */
export function sectionOf(line: string): { kind: SectionKind; label: string } | undefined {
  const label = labelText(line);
  if (!label) return undefined;
  const kind = BY_LABEL.get(foldLabel(label));
  return kind ? { kind, label } : undefined;
}

/** The English label the prep sheet reads as a requirement list, for a label it does not know. */
const CANONICAL: Partial<Record<SectionKind, string>> = {
  requirements: 'Requirements',
  preferred: 'Preferred qualifications',
};

/**
 * The heading lines a section label becomes, at `level`: its own text; and,
 * for a requirement label the prep sheet does not read ("Wymagania", "About
 * you"), the English label under it, so the checklist finds the list.
 */
export function sectionHeading(section: { kind: SectionKind; label: string }, level: number): string[] {
  const hashes = '#'.repeat(level);
  const out = [`${hashes} ${section.label}`];
  const canonical = CANONICAL[section.kind];
  if (canonical && !requirementLabel(section.label)) out.push('', `${'#'.repeat(Math.min(6, level + 1))} ${canonical}`);
  return out;
}

/** The sections a text has (labels on lines of their own), in order. */
export function sectionsIn(text: string): { kind: SectionKind; label: string; line: number }[] {
  const out: { kind: SectionKind; label: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    const s = sectionOf(line);
    if (s) out.push({ ...s, line: i });
  });
  return out;
}
