// The npm registry mirror of this workplace has no packages for other platforms, so npm writes a
// package-lock.json without the optional platform bindings of astro's compiler and pagefind, and
// `npm ci` then refuses the lock as out of sync. This adds the missing optional entries (version,
// os, cpu; never fetched on linux-x64). Run after `npm install` changes the lock:
//   node .ci/complete-lockfile.mjs package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pk = lock.packages;
const platform = (name) => {
  const n = name.split('/')[1];
  const os = /android/.test(n)
    ? ['android']
    : /darwin/.test(n)
      ? ['darwin']
      : /freebsd/.test(n)
        ? ['freebsd']
        : /win(32|dows)/.test(n)
          ? ['win32']
          : /linux/.test(n)
            ? ['linux']
            : undefined;
  const cpu = /arm64/.test(n) ? ['arm64'] : /x64/.test(n) ? ['x64'] : /wasm32/.test(n) ? ['wasm32'] : undefined;
  const libc = /musl/.test(n) ? ['musl'] : /-gnu$/.test(n) ? ['glibc'] : undefined;
  return { os, cpu, libc };
};
let added = 0;
for (const entry of Object.values(pk)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pk[key]) continue;
    const sibling = Object.entries(pk).find(
      ([k, e]) => k.startsWith(`node_modules/${dep.split('/')[0]}/`) && e.optional,
    );
    const { os, cpu, libc } = platform(dep);
    pk[key] = {
      version,
      ...(cpu && { cpu }),
      ...(sibling?.[1].dev && { dev: true }),
      license: sibling?.[1].license ?? 'MIT',
      optional: true,
      ...(os && { os }),
      ...(libc && { libc }),
    };
    added++;
    console.log('added', key, version, JSON.stringify(pk[key]));
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(added, 'entries added');
