import type { DossierContext } from '../config/load.ts';
import type { IsoDate } from '../lib/dates.ts';
import type { ApplicationData } from '../schemas/application.ts';

/**
 * Facts derived from one application's frontmatter, each worked out here
 * only: the catalog computes them once per note, and the validator, which
 * runs without a catalog, asks the same functions.
 */

/** The date that orders an application: `applied`, else its earliest history step; none when it has neither. */
export function applicationDate(data: Pick<ApplicationData, 'applied' | 'history'>): IsoDate | undefined {
  if (data.applied) return data.applied;
  let first: IsoDate | undefined;
  for (const step of data.history) if (first === undefined || step.date < first) first = step.date;
  return first;
}

/** The role family an application belongs to: its own `roleFamily`, else what the configured rules make of its position. */
export function roleFamilyName(
  data: Pick<ApplicationData, 'roleFamily' | 'position'>,
  ctx: Pick<DossierContext, 'roleFamilyOf'>,
): string {
  return data.roleFamily ?? ctx.roleFamilyOf(data.position);
}
