import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExample } from '../helpers/example-site.ts';
import { listFiles } from '../helpers/read-dist.ts';

describe('contact pages', () => {
  it('exist in the owner build: one per person, with roles, companies and applications', async () => {
    const build = await buildExample();
    expect(build.code, build.stderr).toBe(0);
    const index = readFileSync(join(build.dist, 'contacts/index.html'), 'utf8');
    expect(index).toContain('href="/contacts/katarzyna-oblonska/"');
    const person = readFileSync(join(build.dist, 'contacts/katarzyna-oblonska/index.html'), 'utf8');
    expect(person).toContain('Katarzyna Obłońska');
    expect(person).toContain('Recruiter');
    expect(person).toContain('href="mailto:k.oblonska@example.com"');
    expect(person).toContain('href="/companies/borealis/"');
    expect(person).toContain('href="/applications/borealis-ai-content-expert-ii-2026-10-02/"');
    expect(readFileSync(join(build.dist, 'index.html'), 'utf8')).toContain('href="/contacts/"');
  });

  it('do not exist in the mentor build, and nothing links to them', async () => {
    const build = await buildExample('mentor');
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(join(build.dist, 'contacts'))).toBe(false);
    for (const file of listFiles(build.dist).filter((f) => f.endsWith('.html')))
      expect(readFileSync(join(build.dist, file), 'utf8'), file).not.toContain('/contacts/');
  });
});
