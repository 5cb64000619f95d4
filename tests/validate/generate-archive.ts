import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STAGES = ['applied', 'Phone Screen', 'interviewing', 'rejected', 'No Answer', 'Offer'];
const COMPANIES = ['Orbitwell Inc.', 'Tessel Labs GmbH', 'Łódzka Fabryka Słów', 'Công ty Nguyễn', 'Acme Analytics'];

/**
 * Writes a synthetic archive of `count` notes (nine applications to one
 * article), each with a realistic body: task list, sections, a <Private>
 * block. Every `badEvery`-th application gets an unknown stage. Used to
 * measure `npm run validate` and to check it reports every bad note.
 */
export function generateArchive(count: number, badEvery = 0): { root: string; bad: number } {
  const root = mkdtempSync(join(tmpdir(), 'dossier-many-'));
  mkdirSync(join(root, 'applications'));
  mkdirSync(join(root, 'articles'));
  let bad = 0;
  for (let i = 0; i < count; i++) {
    const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    if (i % 10 === 9) {
      writeFileSync(
        join(root, 'articles', `article-${i}.mdx`),
        `---\ntitle: Article ${i}\ncompanies: [${COMPANIES[i % COMPANIES.length]}]\nread: ${day}\ntags: [nlp, speech]\n---\n\n## Takeaways\n\n- Point one of article ${i}.\n- Point two.\n\n> A quote with *emphasis* and a [link](https://example.com/${i}).\n`,
      );
      continue;
    }
    const isBad = badEvery > 0 && i % badEvery === 0;
    if (isBad) bad++;
    writeFileSync(
      join(root, 'applications', `application-${i}.mdx`),
      `---\ncompany: ${COMPANIES[i % COMPANIES.length]}\nposition: Language Engineer ${i}\nstage: ${isBad ? 'Intervew' : STAGES[i % STAGES.length]}\napplied: ${day}\nlocation: Berlin, Germany\nworkplace: hybrid\nsalary: { min: 50000, max: 70000, currency: EUR }\nhistory:\n  - { stage: applied, date: ${day} }\n  - { stage: screening, date: ${day}, note: Call }\nextra:\n  GPT Consult: "No"\n---\n\n## Action items\n\n- [ ] Prepare the story ${i}\n- [x] Send the CV\n\n## Notes on the company\n\nThey build **speech** tools; see [the posting](https://example.com/jobs/${i}).\n\n<Private>Private thought ${i}.</Private>\n\n## Job description\n\n${'The team curates multilingual corpora and evaluates models. '.repeat(12)}\n`,
    );
  }
  return { root, bad };
}
