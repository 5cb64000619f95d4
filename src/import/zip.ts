import { inflateRawSync } from 'node:zlib';

/**
 * Reads zip archives with limits, so a zip bomb (14 KB that inflates to
 * gigabytes) fails with a message instead of filling memory.
 *
 * The entries are found through the central directory, as every zip reader
 * does; their declared sizes are not trusted: each entry is inflated with
 * zlib's maxOutputLength, which stops inflating as soon as the output passes
 * the limit. Only the entries asked for are inflated (a Notion export's
 * images are never read), and a budget shared by an archive and the archives
 * inside it bounds the total.
 */
export interface ZipLimits {
  /** Entries an archive may list. */
  maxEntries: number;
  /** Bytes one text entry (.md, .txt, .csv) may inflate to. */
  maxTextBytes: number;
  /** Bytes one archive inside the archive (Notion's Part-N.zip) may inflate to. */
  maxArchiveBytes: number;
  /**
   * Bytes inflating may produce for one archive, with the archives in it,
   * counting entries that failed a limit (their work was done). Stored
   * entries are not counted: they are read in place, costing nothing.
   */
  maxTotalBytes: number;
  /** How deep archives may be nested (Notion: a zip of Part-N zips is 2). */
  maxDepth: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxTextBytes: 32 * 2 ** 20,
  maxArchiveBytes: 2 ** 30,
  maxTotalBytes: 2 ** 30,
  maxDepth: 3,
};

/** An archive or entry that cannot be read; `spent` when the archive's total budget is used up, so nothing more can be read from it. */
export class ZipError extends Error {
  readonly spent: boolean;
  constructor(message: string, spent = false) {
    super(message);
    this.spent = spent;
  }
}

export interface ZipEntry {
  name: string;
  /** The inflated bytes, or why they were not read. */
  read: () => Uint8Array;
}

/** Bytes in the units people read: "64 MB", "1 GB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${+(bytes / 2 ** 30).toFixed(1)} GB`;
  if (bytes >= 2 ** 20) return `${+(bytes / 2 ** 20).toFixed(1)} MB`;
  if (bytes >= 2 ** 10) return `${+(bytes / 2 ** 10).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 2 ** 24;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

/** The central directory: where each entry's data is and how it is compressed. */
function centralDirectory(bytes: Uint8Array, limits: ZipLimits): CentralEntry[] {
  // The end record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('no zip directory found; the file is not a zip archive or was cut short');
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // Zip64 (over 65,535 entries or 4 GB): the real values are in the zip64 end record.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const at = u64(bytes, end - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== 0x06064b50) throw new ZipError('its zip64 directory is damaged');
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  if (count > limits.maxEntries)
    throw new ZipError(`it lists ${count} entries, more than the limit of ${limits.maxEntries}`);
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipError('its directory is damaged');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    const uncompressed = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise it is read as Latin-1, as fflate did.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    // A zip64 extra field holds the sizes and offset that did not fit, in this order.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(bytes, e);
      const size = u16(bytes, e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (uncompressed === 0xffffffff) f += 8;
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, f);
          f += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, f);
      }
      e += 4 + size;
    }
    entries.push({ name, method, flags, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The archive's entries by name (folders and duplicates left out); `read()`
 * inflates one within `limit` bytes and what is left of `budget.bytes`, and
 * throws ZipError naming the limit it passed.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, budget: { bytes: number }): ZipEntry[] {
  const seen = new Set<string>();
  const out: ZipEntry[] = [];
  for (const entry of centralDirectory(bytes, limits)) {
    if (entry.name.endsWith('/') || seen.has(entry.name)) continue;
    seen.add(entry.name);
    out.push({ name: entry.name, read: () => inflateEntry(bytes, entry, limits, budget) });
  }
  return out;
}

function inflateEntry(
  bytes: Uint8Array,
  entry: CentralEntry,
  limits: ZipLimits,
  budget: { bytes: number },
): Uint8Array {
  const archive = /\.zip$/i.test(entry.name);
  const entryLimit = archive ? limits.maxArchiveBytes : limits.maxTextBytes;
  const limit = Math.min(entryLimit, budget.bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipError('its entry is damaged');
  if (entry.flags & 1) throw new ZipError('it is encrypted; export it again without a password');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError('it was cut short');
  const tooBig = () => {
    // The work was done up to the limit: it counts against the archive's total.
    budget.bytes -= limit;
    return limit === entryLimit
      ? new ZipError(
          `it inflates to more than ${formatBytes(entryLimit)}, the limit for ${archive ? 'an archive inside an archive' : 'one file in an archive'}; this looks like a zip bomb, not an export`,
        )
      : new ZipError(
          `the archive inflates to more than ${formatBytes(limits.maxTotalBytes)} in all, the limit for one archive; this looks like a zip bomb (if it is a large export, unzip it and import the folder)`,
          true,
        );
  };
  if (entry.method === 0) {
    // Stored: a view of the archive's own bytes, as large as the file says and no larger.
    if (data.length > entryLimit)
      throw new ZipError(
        `it is ${formatBytes(data.length)}, more than the ${formatBytes(entryLimit)} allowed for ${archive ? 'an archive inside an archive' : 'one file in an archive'}`,
      );
    return data;
  }
  if (entry.method !== 8)
    throw new ZipError(
      `it uses compression method ${entry.method}, which I cannot read; export it again as a standard zip`,
    );
  if (limit <= 0) throw tooBig();
  let inflated: Uint8Array;
  try {
    // zlib stops as soon as the output would pass maxOutputLength: memory and time stay within the limit.
    inflated = inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
    throw new ZipError(`its data is damaged (${(error as Error).message})`);
  }
  budget.bytes -= inflated.length;
  return inflated;
}
