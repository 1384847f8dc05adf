/**
 * Vitest global setup: finds the browser once, in the main process, before any test file runs. Where the browser
 * is the one @sparticuz/chromium ships, finding it unpacks it into the temporary folder on first use; done here,
 * the test files that launch it (in parallel workers) never race to unpack the same files.
 */
import { findBrowser } from '../../scripts/browser.js';

export default async function setup(): Promise<void> {
  await findBrowser();
}
