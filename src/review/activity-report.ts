import type { SiteCatalog } from '../catalog/index.ts';
import type { UserConfig } from '../config/schema.ts';

/**
 * Whether this build has the proof-of-search report (`/activity/`, its month
 * pages, `/export/activity.csv`): always the owner's; the mentor copy's only
 * when the configuration says `activity: { share: true }`, and then made of
 * the shared notes alone, like every page of the copy.
 */
export function hasActivityReport(
  catalog: Pick<SiteCatalog, 'audience'>,
  config: Pick<UserConfig, 'activity'>,
): boolean {
  return catalog.audience === 'owner' || config.activity.share === true;
}
