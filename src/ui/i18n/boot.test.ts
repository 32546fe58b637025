// The page's strings before i18next arrives must read exactly as i18next reads
// them afterwards: every key of both bundles, with and without a count.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookup } from './boot.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false }, returnNull: false });
});

describe('lookup', () => {
  const options = [undefined, { count: 1, message: 'boom', speed: 10, reason: 'corrupt', pane: 'X', nodes: 3, pods: 12, deployments: 1, services: 2 }, { count: 4, message: 'm', reason: 'r', pane: 'P', nodes: 0, pods: 0, deployments: 0, services: 0, speed: 60 }];
  for (const [lng, bundle] of [['en', en], ['zh-CN', zhCN]] as const)
    it(`gives i18next's text for every ${lng} key`, () => {
      const t = i18n.getFixedT(lng);
      const all = keys(bundle).map((k) => k.replace(/_(one|other)$/, ''));
      expect(all.length).toBeGreaterThan(50);
      for (const key of new Set(all)) for (const o of options) expect([key, o?.count, lookup(bundle, lng, key, o)]).toEqual([key, o?.count, t(key, o)]);
    });

  it('picks the plural form by the count, and the bare key where the language has none', () => {
    expect(lookup(en, 'en', 'persistence.restored', { count: 1 })).toBe('Welcome back: your lab was restored (1 command replayed).');
    expect(lookup(en, 'en', 'persistence.restored', { count: 3 })).toBe('Welcome back: your lab was restored (3 commands replayed).');
    expect(lookup(zhCN, 'zh-CN', 'persistence.restored', { count: 3 })).toContain('3 条命令');
  });

  it('returns the key itself for a key it does not have, as i18next does', () => {
    expect(lookup(en, 'en', 'no.such.key')).toBe('no.such.key');
    expect(lookup(en, 'en', 'app')).toBe('app');
  });
});
