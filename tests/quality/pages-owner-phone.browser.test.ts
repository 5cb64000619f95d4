import { auditExampleArchive, colourOnly, VIEWS } from './page-audit.ts';

// The owner's build on a phone, in both schemes (the dark one for colour, as on a desktop) (tests/quality/page-audit.ts).
auditExampleArchive('owner', [VIEWS.phoneLight, colourOnly(VIEWS.phoneDark)], false);
