import { auditExampleArchive, VIEWS } from './page-audit.ts';

// The mentor copy is built from the same pages and styles as the owner's: two views cover both schemes
// and both widths; its own links and kinds of page are checked (tests/quality/page-audit.ts).
auditExampleArchive('mentor', [VIEWS.desktopDark, VIEWS.phoneLight], true);
