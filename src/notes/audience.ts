/**
 * Who may see which note, and which of its fields: the audience rules. A
 * note's visibility is decided here; which fields a mentor sees is the
 * sensitivity table's (./sensitivity.ts). The mentor copy is prepared through
 * these rules (src/share/prepare-copy.ts), and the catalog applies them once
 * more to whatever it is given.
 */
import type { CollectionName } from '../config/content-root.ts';
import type { UserConfig } from '../config/schema.ts';
import type { Audience } from '../config/settings.ts';
import { redactData } from './sensitivity.ts';

/**
 * Whether a note is in a build for this audience. Fails closed: for a mentor,
 * only the boolean `true` shares (or, when the user chose `share.default:
 * shared`, anything but the boolean `false`); a missing or odd value is private.
 */
export function isVisible(share: unknown, audience: Audience, config: Pick<UserConfig, 'share'>): boolean {
  if (audience === 'owner') return true;
  if (config.share.default === 'shared') return share !== false;
  return share === true;
}

/**
 * A note's data as this audience may read it: everything for the owner; for
 * a mentor, without the fields the sensitivity table (with
 * `share.privateFields`) makes private and without the `extra` properties
 * `share.publicExtra` does not list. Lists stay present but empty.
 */
export function visibleData<T extends object>(
  collection: CollectionName,
  data: T,
  audience: Audience,
  config: Pick<UserConfig, 'share'>,
): T {
  return audience === 'owner' ? data : redactData(collection, data, config.share, { keepLists: true });
}

export { showsPrivateBlocks, visibleBody } from './private-blocks.ts';
