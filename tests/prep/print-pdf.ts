import type { Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';

/** What Chromium's print of a page gives: the PDF's size and its number of pages. */
export interface PrintedPdf {
  bytes: number;
  pages: number;
}

/**
 * Prints the page as Chromium's print dialog would, on paper of this size,
 * and counts the PDF's pages with pdf-lib, which reads the page tree: a
 * count of `/Type /Page` in the bytes misses pages kept in compressed
 * object streams.
 */
export async function printPdf(page: Page, format: 'A4' | 'Letter'): Promise<PrintedPdf> {
  const pdf = await page.pdf({ format, printBackground: true });
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return { bytes: pdf.length, pages: doc.getPageCount() };
}

/**
 * Elements that force a page break in print (`break-before`/`break-after`
 * of page, left, right, recto or verso), as "tag.class" strings: a sheet
 * that fits on two pages must not push a part onto a new one.
 */
export async function forcedBreaks(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() => {
      const forced = /^(page|left|right|recto|verso)$/;
      return [...document.querySelectorAll('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          return forced.test(style.breakBefore) || forced.test(style.breakAfter);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    });
  } finally {
    await page.emulateMedia({ media: null });
  }
}
