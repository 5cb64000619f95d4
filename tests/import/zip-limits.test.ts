import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/run-import.ts';
import { ZIP_LIMITS, type ZipLimits } from '../../src/import/zip.ts';
import { defaultContext, useTempDirs } from './helpers.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const MB = 2 ** 20;

const tempDir = useTempDirs('dossier-zip-', 'each');

const posting = (n: number) =>
  new TextEncoder().encode(`Company: Firm ${n}\nPosition: Data Linguist\n\nYou will annotate speech data.\n`);

/**
 * A zip written by hand, so an entry can declare a size it does not have (a
 * bomb's usual disguise). `size` is the declared uncompressed size.
 */
function handZip(entries: { name: string; text: Uint8Array; size?: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const data = deflateRawSync(entry.text, { level: 9 });
    const size = entry.size ?? entry.text.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(header, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const limits = (over: Partial<ZipLimits>): ZipLimits => ({ ...ZIP_LIMITS, ...over });

describe('zip bombs', () => {
  it('stops an entry at the per-file limit, says so naming the archive and the limit, and imports the rest', () => {
    const dir = tempDir();
    const root = tempDir();
    // 100 MB of text in about 100 KB, and an entry that claims 20 bytes for 100 MB.
    const hundred = new Uint8Array(100 * MB).fill(0x61);
    writeFileSync(
      join(dir, 'export.zip'),
      handZip([
        { name: 'bomb.md', text: hundred },
        { name: 'liar.md', text: hundred, size: 20 },
        { name: 'ok.txt', text: posting(1) },
      ]),
    );
    const result = spawnSync(process.execPath, [join(PROJECT, 'src/cli/import.ts'), join(dir, 'export.zip')], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_CONTENT: root },
    });
    // The messages below say where reading stopped (at 32 MB, not after 200 MB): that is the state to check,
    // not the wall-clock time, which a loaded machine stretches.
    expect(result.status).toBe(1);
    for (const entry of ['bomb.md', 'liar.md']) {
      expect(result.stderr).toMatch(
        new RegExp(
          `export\\.zip › ${entry.replace('.', '\\.')}.*inflates to more than 32 MB, the limit for one file in an archive`,
        ),
      );
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain('1 written');
    expect(readdirSync(join(root, 'applications'))).toEqual(['firm-1-data-linguist.mdx']);
  });

  it('stops an archive, with the archives inside it, at the total limit', () => {
    const dir = tempDir();
    const root = tempDir();
    const three = new Uint8Array(3 * MB).fill(0x62);
    // Zips inside a zip share the outer one's budget: nesting does not multiply it.
    const inner = handZip([
      { name: 'a.md', text: three },
      { name: 'b.md', text: three },
    ]);
    writeFileSync(
      join(dir, 'export.zip'),
      zipSync({ 'Part-1.zip': inner, 'Part-2.zip': inner, 'Part-3.zip': inner, 'z.txt': posting(2) }),
    );
    const results = runImport([dir], {
      root,
      ctx: defaultContext(root),
      zipLimits: limits({ maxTextBytes: 4 * MB, maxTotalBytes: 10 * MB }),
    });
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.label)).toEqual([
      `${join(dir, 'export.zip').replace(`${process.cwd()}/`, '')} › Part-2.zip › b.md`,
      expect.stringContaining('Part-3.zip'),
    ]);
    expect(failed[0]).toMatchObject({
      reason: expect.stringContaining(
        'nor anything after it: the archive inflates to more than 10 MB in all, the limit for one archive',
      ),
    });
  });

  it('refuses an archive that lists more entries than the limit, and one nested too deep', () => {
    const dir = tempDir();
    const root = tempDir();
    writeFileSync(
      join(dir, 'many.zip'),
      zipSync(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`p${i}.txt`, posting(i)]))),
    );
    let nested: Uint8Array = zipSync({ 'deep.txt': posting(9) });
    for (let i = 0; i < 4; i++) nested = zipSync({ [`level-${i}.zip`]: nested });
    writeFileSync(join(dir, 'nested.zip'), nested);
    const results = runImport([dir], { root, ctx: defaultContext(root), zipLimits: limits({ maxEntries: 3 }) });
    expect(results.filter((r) => r.status === 'failed').map((r) => (r as { reason: string }).reason)).toEqual([
      'not a readable zip file (it lists 5 entries, more than the limit of 3); export again from Notion ("Markdown & CSV")',
      'an archive nested more than 3 deep; unzip the outer archives and import the folder',
    ]);
  });
});
