import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { HSDS_NAMESPACE, hsdsId, hsdsIds, hsdsName, resolveNamespace } from '../../src/interop/hsds-id.js';
import { NAMESPACE_URL, uuidV5 } from '../../src/interop/uuid.js';

describe('HSDS_NAMESPACE', () => {
  it('is the documented UUID v5 of the repository URL in the URL namespace (checked with Python’s uuid5)', () => {
    expect(HSDS_NAMESPACE).toBe('a77c200b-754b-58cd-b9ca-f629ff23e89e');
    expect(uuidV5(NAMESPACE_URL, 'https://github.com/community-standards/community-standards#hsds')).toBe(HSDS_NAMESPACE);
  });
});

describe('hsdsName', () => {
  it('joins percent-encoded segments with "/"', () => {
    expect(hsdsName('community', 'yushan-lishe')).toBe('community/yushan-lishe');
    expect(hsdsName('serviceCenter', 'a/b', 'phone')).toBe('serviceCenter/a%2Fb/phone');
    expect(hsdsName('community', '千灯')).toBe('community/%E5%8D%83%E7%81%AF');
  });

  it('keeps a centre "a/phone" apart from the phone of centre "a"', () => {
    expect(hsdsName('serviceCenter', 'a/phone')).not.toBe(hsdsName('serviceCenter', 'a', 'phone'));
  });
});

describe('hsdsId', () => {
  // Computed with Python: uuid.uuid5(uuid.UUID('a77c200b-…'), name).
  it.each([
    [['community', 'yushan-lishe'], 'bcaf1726-2eaf-5f7f-8576-5bb229b24c3d'],
    [['serviceCenter', 'yushan-jinghe-center'], '36284c6f-0748-5984-9e0f-84febe206fd6'],
    [['serviceItem', 'jinghe-utilities'], 'd00c8f4e-2d68-576b-bf4a-18d5587e7ac4'],
    [['community', '千灯'], 'ba4f05a9-7ba3-562c-b10d-79aacc42d6e9'],
  ])('derives %j', (segments, expected) => {
    expect(hsdsId(HSDS_NAMESPACE, ...segments)).toBe(expected);
    expect(hsdsIds(HSDS_NAMESPACE)(...segments)).toBe(expected);
  });

  it('depends on the namespace', () => {
    expect(hsdsId(NAMESPACE_URL, 'community', 'yushan-lishe')).not.toBe(hsdsId(HSDS_NAMESPACE, 'community', 'yushan-lishe'));
  });
});

describe('resolveNamespace', () => {
  it('defaults to HSDS_NAMESPACE and lowercases', () => {
    expect(resolveNamespace(undefined)).toBe(HSDS_NAMESPACE);
    expect(resolveNamespace(NAMESPACE_URL.toUpperCase())).toBe(NAMESPACE_URL);
  });

  it('throws InvalidOptionError for anything else', () => {
    expect(() => resolveNamespace('kunshan')).toThrow(InvalidOptionError);
    expect(() => resolveNamespace(null)).toThrow(InvalidOptionError);
  });
});
