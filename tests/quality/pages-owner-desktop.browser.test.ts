import { auditExampleArchive, colourOnly, VIEWS } from './page-audit.ts';

// The owner's build on a desktop, in both schemes (the dark one for colour: its markup and layout are the
// light one's); its links and kinds of page (tests/quality/page-audit.ts).
auditExampleArchive('owner', [VIEWS.desktopLight, colourOnly(VIEWS.desktopDark)], true);
