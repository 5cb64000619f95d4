import { auditExampleArchive, VIEWS } from './page-audit.ts';

// The owner's build on a desktop, in both schemes; its links and kinds of page (tests/quality/page-audit.ts).
auditExampleArchive('owner', [VIEWS.desktopLight, VIEWS.desktopDark], true);
