import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings } from '../config/settings';
import { ReportSchema } from '../report/schema';
import { buildPlaylist } from './playlist';

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);

describe('buildPlaylist', () => {
  it('plays every slide in the report order: the introduction first, then the ten infographics', () => {
    const { slides, config, startIndex, problems } = buildPlaylist(report, DEFAULT_SETTINGS);
    expect(slides.map((s) => s.section)).toEqual([
      ...Array(4).fill('intro'),
      ...Array(10).fill('infographic'),
    ]);
    expect(config.slideMs).toHaveLength(14);
    expect(config.slideMs.every((ms) => ms === 12_000)).toBe(true);
    expect(startIndex).toBe(0);
    expect(problems).toEqual([]);
  });

  it('picks and orders slides from the settings and reports unknown ids', () => {
    const { slides, problems } = buildPlaylist(
      report,
      mergeSettings({ slides: ['export-trend', 'nope', 'intro-overview'] }),
    );
    expect(slides.map((s) => s.id)).toEqual(['export-trend', 'intro-overview']);
    expect(problems).toEqual([{ file: 'settings', path: 'slides[1]', message: 'no slide with id "nope"' }]);
  });

  it('honours a slide that sets its own time', () => {
    const custom = { ...report, slides: report.slides.map((s, i) => (i === 0 ? { ...s, seconds: 20 } : s)) };
    expect(buildPlaylist(custom, mergeSettings({ slideSeconds: 8 })).config.slideMs.slice(0, 2)).toEqual([
      20_000, 8_000,
    ]);
  });

  it('opens on the deep-linked slide', () => {
    expect(buildPlaylist(report, mergeSettings({ startSlide: 'export-trend' })).startIndex).toBe(8);
    expect(buildPlaylist(report, mergeSettings({ startSlide: 'missing' })).problems).toHaveLength(1);
  });
});
