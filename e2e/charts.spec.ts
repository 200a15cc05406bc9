/**
 * What a visitor sees on each slide: the headline figure and the key figures
 * in the house number style of each language, re-rendered at a language
 * switch, and maps drawn from bundled geometry. Taps on marks are in
 * marks.spec.ts, the build-in motion in motion.spec.ts.
 */
import { expect, test } from './fixtures';
import { type Lang, LANGS, SLIDES, openSlide, walkSlides } from './charts-support';

/** Per slide and language: the headline, then figures that must be on screen (exactly as printed). */
const FIGURES: Record<string, Record<Lang, [headline: string, ...figures: string[]]>> = {
  'intro-overview': {
    it: ['oltre 150 mila', 'quasi 10 mld €', 'quasi 15 mld €', '17,5%'],
    en: ['over 150 thousand', 'almost €10 bn', 'almost €15 bn', '17.5%'],
  },
  'intro-export-propensity': {
    it: ['circa 50%', '40%', '23,8%', '22,2%', 'oltre 100 mld $'],
    en: ['about 50%', '40%', '23.8%', '22.2%', 'over $100 bn'],
  },
  'intro-export-share': {
    it: ['oltre 72%', '70,2%', '59,8%', '57,3%', '53,4%', '935'],
    en: ['over 72%', '70.2%', '59.8%', '57.3%', '53.4%', '935'],
  },
  'intro-domestic-value': { it: ['79,9%', '64%'], en: ['79.9%', '64%'] },
  'second-industrial-province': {
    it: ['9,7 mld €', '10,1 mld €', '156 mila', 'oltre 61 mld €', '56,7 mld €', '1ª', '4ª', '11ª', '19ª'],
    en: ['€9.7 bn', '€10.1 bn', '156 thousand', 'over €61 bn', '€56.7 bn', '1st', '4th', '11th', '19th'],
  },
  'centre-of-gravity': {
    it: ['170 mld €', '72,5%', '2,5 milioni', '67%', '1°', 'Baricentro', 'Bergamo', 'Brescia', 'Treviso'],
    en: [
      '€170 bn',
      '72.5%',
      '2.5 million',
      '67%',
      '1st',
      'Centre of gravity',
      'Bergamo',
      'Brescia',
      'Treviso',
    ],
  },
  'fifth-exporting-province': {
    it: ['13 mld €', '37 mld €', '20 mld €', '10 mld €', 'quasi 46%', '16%', 'circa 10%'],
    en: ['€13 bn', '€37 bn', '€20 bn', '€10 bn', 'almost 46%', '16%', 'about 10%'],
  },
  'sector-export-leadership': {
    it: ['2°', '1.778 mln €', '3.407 mln €', '2.014 mln €', '312 mln €', '9°'],
    en: ['2nd', '€1,778 mln', '€3,407 mln', '€2,014 mln', '€312 mln', '9th'],
  },
  'export-trend': {
    it: ['+350%', '2,9 mld €', '13,1 mld €', '9°', '5°', '+342%', '+107%', '+258%'],
    en: ['+350%', '€2.9 bn', '€13.1 bn', '9th', '5th', '+342%', '+107%', '+258%'],
  },
  'foreign-investment': {
    it: ['137', 'oltre 14 mila', '8,7%', '207', '70'],
    en: ['137', 'over 14 thousand', '8.7%', '207', '70'],
  },
  'global-manufacturing': {
    it: ['733', '252', '25 mila', '464', '65 altri paesi', '4,5%', '3,6%', '2,5%'],
    en: ['733', '252', '25 thousand', '464', '65 other countries', '4.5%', '3.6%', '2.5%'],
  },
  'export-strength': {
    it: ['quasi 2×', '1,8×', '1,7×', '1,6×', '1,4×', '1,3×'],
    en: ['almost 2×', '1.8×', '1.7×', '1.6×', '1.4×', '1.3×'],
  },
  'innovative-manufacturing': {
    it: ['30,7%', '28,3%', '45%', '+1,4%'],
    en: ['30.7%', '28.3%', '45%', '+1.4%'],
  },
  'green-manufacturing': {
    it: ['7.190', '23,4%', '2°', '61%', '30%', '15%', '44%', '24%', 'Lecco', 'Monza e Brianza'],
    en: ['7,190', '23.4%', '2nd', '61%', '30%', '15%', '44%', '24%', 'Lecco', 'Monza and Brianza'],
  },
};

test.use({ reducedMotion: 'reduce' });

test('the table of expected figures covers every slide', () => {
  expect(Object.keys(FIGURES).sort()).toEqual(SLIDES.map((s) => s.id).sort());
});

for (const lang of LANGS) {
  test(`every slide (${lang}) shows its title, headline, key figures and source in the house style, without errors`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await walkSlides(page, lang, async (region, slide) => {
      const [headline, ...figures] = FIGURES[slide.id]![lang];
      await expect(region.getByRole('heading', { level: 1 }), slide.id).toHaveText(slide.title[lang]);
      await expect(region.getByTestId('headline'), slide.id).toHaveText(headline);
      for (const figure of figures) {
        await expect(
          region.getByText(figure, { exact: true }).first(),
          `${slide.id}: ${figure}`,
        ).toBeVisible();
      }
      await expect(region, slide.id).toContainText(slide.source[lang]);
      await expect(region, slide.id).toContainText(slide.caption[lang]);
      for (const chart of slide.charts) {
        if (chart.note) await expect(region, slide.id).toContainText(chart.note[lang]);
      }
    });
    expect(errors).toEqual([]);
  });
}

test('the ranking marks the nine Italian places and leaves the other eleven unnamed', async ({ page }) => {
  const region = await openSlide(page, 'second-industrial-province', 'en');
  const ranking = region.locator('[data-chart="0"]');
  await expect(ranking.locator('rect[data-mark].named')).toHaveCount(9);
  await expect(ranking.locator('rect[data-mark]:not(.named)')).toHaveCount(11);
  await expect(region.getByText('non-Italian', { exact: true })).toHaveCount(11);
  // 9 Italian and 10 German places: the twentieth is said plainly to be from another country.
  await expect(region).toContainText('1 from another country');
  await expect(region.locator('rect.subject[data-mark="bergamo"]')).toHaveCount(1);
});

test('the unit chart draws one square per firm: 137 filled for the stated part, 70 outlined for the rest', async ({
  page,
}) => {
  const region = await openSlide(page, 'foreign-investment', 'en');
  const units = region.locator('[data-chart="0"] [data-unit]');
  // Each group's squares are one path, a closed rounded square (M … z) per firm.
  const squares = await units.evaluateAll((paths) =>
    paths.map((path) => ({
      group: path.getAttribute('data-unit'),
      filled: path.classList.contains('subject'),
      outlined: path.classList.contains('computed'),
      count: (path.getAttribute('d')?.match(/M[^M]*z/g) ?? []).length,
    })),
  );
  expect(squares).toEqual([
    { group: 'industry', filled: true, outlined: false, count: 137 },
    { group: expect.any(String), filled: false, outlined: true, count: 70 },
  ]);
});

test('a language switch re-renders every figure', async ({ page }) => {
  const region = await openSlide(page, 'global-manufacturing', 'it');
  await expect(region.getByText('65 altri paesi', { exact: true })).toBeVisible();
  await expect(region.getByText('4,5%', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(region.getByRole('heading', { level: 1 })).toHaveText(
    'Bergamo’s global manufacturing industry',
  );
  await expect(region.getByText('65 other countries', { exact: true })).toBeVisible();
  await expect(region.getByText('4.5%', { exact: true })).toBeVisible();
  await expect(region.getByText('4,5%', { exact: true })).toHaveCount(0);
  await expect(region.getByText('25 thousand', { exact: true })).toBeVisible();
});

test('the maps are bundled: showing them requests no data, only the page, its script, style, fonts and icon', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
  for (const id of ['centre-of-gravity', 'global-manufacturing']) {
    const region = await openSlide(page, id, 'it');
    await expect(region.locator('[data-basemap] path').first()).toBeVisible();
  }
  expect(requests.length).toBeGreaterThan(0);
  // The tab's icon is the one request of type "other" a page load makes.
  const icon = (r: string) => /^other .*\/assets\/icon-[\w-]+\.svg$/.test(r);
  expect(requests.filter((r) => !/^(document|script|stylesheet|font) /.test(r) && !icon(r))).toEqual([]);
  expect(requests.filter((r) => /json/i.test(r))).toEqual([]);
});
