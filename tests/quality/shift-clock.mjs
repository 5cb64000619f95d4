// Preloaded (node --import) into the second build of the reproducibility gate:
// moves this process's clock 3 days and 7 hours ahead, so any output that
// reads the clock instead of SOURCE_DATE_EPOCH differs between the builds.
const SHIFT = (3 * 24 + 7) * 3600 * 1000;
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + SHIFT);
    else super(...args);
  }
  static now() {
    return RealDate.now() + SHIFT;
  }
}
globalThis.Date = ShiftedDate;
