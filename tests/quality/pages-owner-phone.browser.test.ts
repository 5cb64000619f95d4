import { auditExampleArchive, VIEWS } from './page-audit.ts';

// The owner's build on a phone, in both schemes (tests/quality/page-audit.ts).
auditExampleArchive('owner', [VIEWS.phoneLight, VIEWS.phoneDark], false);
