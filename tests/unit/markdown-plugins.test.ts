import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { formatSalary } from '../../src/lib/format.ts';
import { collapseJobDescription } from '../../src/markdown/collapse-job-description.ts';
import { taskListLabels } from '../../src/markdown/task-list-labels.ts';

const long = 'word '.repeat(40).trim();
const para = `<p>${long}</p>`;
const summary = '<summary>Show the job description (0.2k characters)</summary>';

/** Markdown through both plugins, in the build's order, folding sections over 100 characters. */
const html = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [taskListLabels, collapseJobDescription(100)] }).html;

describe('collapseJobDescription', () => {
  it.each([
    {
      name: 'folds a long section up to the next heading of its level',
      markdown: `## Job description\n\n${long}\n\n## Notes\n\nmine\n`,
      expected: `<h2>Job description</h2><details class="job-description">${summary}\n${para}\n</details><h2>Notes</h2>\n<p>mine</p>\n`,
    },
    {
      name: 'leaves a short section open',
      markdown: `## Job description\n\nshort\n\n## Notes\n`,
      expected: `<h2>Job description</h2>\n<p>short</p>\n<h2>Notes</h2>\n`,
    },
    {
      name: 'keeps lower headings and lists inside the fold, in order',
      markdown: `# Role\n\n## Job description\n\n${long}\n\n### Tasks\n\n- a\n- b\n\n## After\n\nx\n`,
      expected: `<h1>Role</h1>\n<h2>Job description</h2><details class="job-description">${summary}\n${para}\n<h3>Tasks</h3>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n</details><h2>After</h2>\n<p>x</p>\n`,
    },
    {
      name: 'folds a section that runs to the end of the note',
      markdown: `## Job description\n\n${long}\n`,
      expected: `<h2>Job description</h2><details class="job-description">${summary}\n${para}</details>\n`,
    },
    {
      name: 'matches the heading in any case, with spaces around, and stops at a higher heading',
      markdown: `### Job Description \n\n${long}\n\n## Up\n`,
      expected: `<h3>Job Description</h3><details class="job-description">${summary}\n${para}\n</details><h2>Up</h2>\n`,
    },
    {
      name: 'ignores a note without the heading',
      markdown: `## Job\n\n${long}\n`,
      expected: `<h2>Job</h2>\n${para}\n`,
    },
  ])('$name', ({ markdown, expected }) => {
    expect(html(markdown)).toBe(expected);
  });

  it('moves the section in MDX too: every node appears once, inside the fold', () => {
    const code = mdxToJs(`## Job description\n\nAlpha **bold**.\n\n- one\n\n## Next\n`, {
      hastPlugins: [collapseJobDescription(5)],
    }).code;
    expect(code.match(/"Alpha "/g)).toHaveLength(1);
    expect(code.match(/children: "one"/g)).toHaveLength(1);
    expect(code.indexOf('_components.details')).toBeLessThan(code.indexOf('"Alpha "'));
    expect(code.indexOf('"Alpha "')).toBeLessThan(code.indexOf('children: "Next"'));
  });
});

describe('taskListLabels', () => {
  it('labels each checkbox with its item text, whitespace collapsed, and leaves non-tasks alone', () => {
    expect(html(`- [ ] Send the **CV**\n- [x]   spaced   out  \n- [ ]\n`)).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled aria-label="Send the CV"> Send the <strong>CV</strong></li>\n<li class="task-list-item"><input type="checkbox" checked disabled aria-label="spaced out">   spaced   out</li>\n<li>[ ]</li>\n</ul>\n',
    );
  });
});

describe('formatSalary', () => {
  it.each([
    [{ min: 51000, max: 114100, currency: 'USD', period: 'year' }, 'USD 51,000 – 114,100/year'],
    [{ min: 60000, max: 60000, currency: 'EUR', period: 'year' }, 'EUR 60,000/year'],
    [{ min: 45.5, currency: 'GBP', period: 'hour' }, 'from GBP 45.5/hour'],
    [{ max: 1234.567, period: 'month' }, 'up to 1,234.57/month'],
    [{ min: 100, max: 200, currency: 'CHF', period: 'project' }, 'CHF 100 – 200'],
    [{ period: 'year' }, ''],
  ])('%o → %s', (salary, expected) => {
    expect(formatSalary(salary)).toBe(expected);
  });
});
