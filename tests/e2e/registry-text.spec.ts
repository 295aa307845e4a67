import { test, expect } from './fixtures.ts';
import { publishForgedEdition } from './publish-feed.ts';
import { withSite } from './static-server.ts';
import { META_CONTENT_SECURITY_POLICY } from '../../vite.config.ts';

type Profile = { id: string; name: string; bio: string };

test('registry text is safe to show: bidi controls gone, long words wrap, invisible names refused', async ({
  browser,
}) => {
  await withSite(browser, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/mediators');
    await expect(page.getByText('(edition 1)')).toBeVisible();
    // The test site sends no CSP header: the page's own <meta> policy is what holds here.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      META_CONTENT_SECURITY_POLICY,
    );

    let id = '';
    await publishForgedEdition(site, 2, (files) => {
      const profile = files.get('registry/00.json')![0] as Profile;
      id = profile.id;
      profile.name = '\u202Eremmoh\u202C Ada';
      profile.bio = 'x'.repeat(2000);
    });
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByText('(edition 2)')).toBeVisible();
    await page.goto(`/mediators/${id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('remmoh Ada'); // no override character left to reverse it
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await publishForgedEdition(site, 3, (files) => {
      (files.get('registry/00.json')![0] as Profile).name = '\u200B\u200D';
    });
    await page.goto('/mediators');
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByRole('alert')).toContainText('invalid records');
    await expect(page.getByText('(edition 2)')).toBeVisible();
  });
});
