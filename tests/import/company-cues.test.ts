import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/import/evidence.ts';
import { proposeFromText, tidyCandidate } from '../../src/import/propose.ts';

/**
 * The value the text readers settle on: written, or, when it is their only reading (one place is not enough to
 * write a job or an employer), offered first for review. Undefined: no reader offered one.
 */
const offered = (text: string, field: string) => {
  const resolved = resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? []));
  return resolved.values[field] ?? resolved.review.find((r) => r.field === field)?.candidates[0]?.value;
};
const companyOf = (text: string) => offered(text, 'company');

describe('the employer named by a message, a flyer or a notice without a label', () => {
  it.each([
    // A signature after the closing, and one without a closing under the sender's name and role.
    [
      'Hi Ana,\n\nWould a Platform Engineer role interest you?\n\nKind regards,\nTomás Ferreira\nTalent Partner | Orla Maritime\ntomas@orlamaritime.example',
      'Orla Maritime',
    ],
    [
      'Hi Sam,\n\nWe need a Controls Engineer for our sites in Ohio.\n\nDana Whitfield\nSenior Recruiter\nKestrel Grid Systems',
      'Kestrel Grid Systems',
    ],
    [
      'Bonjour Léa,\n\nUn poste de comptable vous intéresserait-il ?\n\nCordialement,\nMarc Petit\nResponsable RH\nVerrerie du Lac',
      'Verrerie du Lac',
    ],
    // An agency's recruiter signs with the agency: no employer.
    ['Hi Sam,\n\nA client of mine needs a Head of Finance.\n\nBest,\nPriya\nNorthgate Search', undefined],
    // A copyright line, with its year and "All rights reserved" off.
    [
      'Maintenance Planner\n\nYou will plan maintenance for the yard.\n\n© 2026 Wrzos Stocznia Sp. z o.o. All rights reserved.',
      'Wrzos Stocznia Sp. z o.o.',
    ],
    // "Join X" in other languages, a legal name before a hiring verb, "Bij X in Place", the line under the title.
    ['Rejoignez Atelier Sablon !\n\nNous cherchons un(e) Responsable logistique.', 'Atelier Sablon'],
    ['Dołącz do Kwadrat Studio\n\nSzukamy grafika.', 'Kwadrat Studio'],
    ['Järvenpään Sähkö Oy hakee\n\nASENTAJAA\n\nvakituiseen työsuhteeseen.', 'Järvenpään Sähkö Oy'],
    ['Orderpicker\nBij Koelhuis Dekker in Venlo\n€ 14,80 per uur', 'Koelhuis Dekker'],
    ['Senior Java Developer\nBrennholz Systems – Wien\nvor 3 Tagen', 'Brennholz Systems'],
    ['Muhasebe Uzmanı\nEge Lojistik A.Ş. · İzmir (Hibrit)\nTam zamanlı', 'Ege Lojistik A.Ş.'],
    // "Join us" names nobody; a mailbox provider's address names nobody.
    ['Join us!\n\nWe need a barista. Write to kafe.jobs@gmail.com', undefined],
  ])('%j', (text, expected) => {
    expect(companyOf(text)).toBe(expected);
  });
});

describe('labelled lines in Korean, Chinese, Arabic, Greek, Ukrainian and Indonesian', () => {
  const valuesOf = (text: string) => resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? [])).values;
  it.each([
    ['회사: 주식회사 물결소프트\n직무: 프론트엔드 개발자\n근무지: 서울', '주식회사 물결소프트', '프론트엔드 개발자'],
    ['公司：星河物流\n职位：数据分析师\n工作地点：上海', '星河物流', '数据分析师'],
    ['الشركة: مجموعة النخيل\nالوظيفة: محاسب\nالموقع: الرياض', 'مجموعة النخيل', 'محاسب'],
    ['Εταιρεία: Αιγαίο Λογιστική\nΘέση: Λογιστής\nΤοποθεσία: Αθήνα', 'Αιγαίο Λογιστική', 'Λογιστής'],
    ['Компанія: Зелений Код\nПосада: Тестувальник\nМісто: Львів', 'Зелений Код', 'Тестувальник'],
    ['Perusahaan: PT Sinar Laut\nPosisi: Staf Gudang\nLokasi: Surabaya', 'PT Sinar Laut', 'Staf Gudang'],
  ])('%j', (text, company, position) => {
    expect(valuesOf(text)).toMatchObject({ company, position });
  });
});

describe('the job a message names without a label or a headline', () => {
  it.each([
    [
      "Hi Jo,\n\nYou'd be a great fit for a Senior Product Manager role we're opening in Porto.",
      'Senior Product Manager',
    ],
    ['Hey all, my old company Vellum Labs just opened a Data Engineer role (dbt), remote.', 'Data Engineer'],
    ['Hi Sam,\n\nThanks for the chat. We need a Controls Engineer for our storage sites.', 'Controls Engineer'],
    ['#hiring #devops\n\nPlatform engineer wanted at Skyreach! Remote across the EU.', 'Platform Engineer'],
    ['~ NOW HIRING ~\nLINE COOKS\nThe Salty Dog Diner', 'LINE COOKS'],
    ['Wij zoeken: Magazijnmedewerker (nachtdienst)\nBij Koelhuis Dekker in Venlo', 'Magazijnmedewerker (nachtdienst)'],
    ['Posting Title: PROGRAMME OFFICER, P2\nDuty Station: GENEVA', 'PROGRAMME OFFICER, P2'],
    // A message that names no job leaves the position empty.
    ['Hi Jo,\n\nWould you be open to a chat about opportunities at our firm?', undefined],
  ])('%j', (text, position) => {
    expect(offered(text, 'position')).toBe(position);
  });
});
