/**
 * Towns, name pools and a namer for the synthetic part of the Kunshan dataset. The towns are Kunshan's; every
 * community, person and organisation name made from them is invented.
 *
 * @module
 */
import type { GeoPoint } from '../../models/common.js';
import type { Random } from '../random.js';

/** A town (镇) of Kunshan, with an approximate centre point for placing synthetic communities around it. */
export interface Town {
  /** The town's name. */
  readonly name: string;
  /** An approximate centre (WGS84). */
  readonly center: GeoPoint;
}

/** Kunshan's towns (2013) with approximate centre points. */
export const TOWNS: readonly Town[] = [
  { name: '玉山镇', center: { lon: 120.98, lat: 31.385 } },
  { name: '巴城镇', center: { lon: 120.878, lat: 31.452 } },
  { name: '周市镇', center: { lon: 120.998, lat: 31.438 } },
  { name: '陆家镇', center: { lon: 121.048, lat: 31.321 } },
  { name: '花桥镇', center: { lon: 121.12, lat: 31.3 } },
  { name: '淀山湖镇', center: { lon: 120.962, lat: 31.17 } },
  { name: '张浦镇', center: { lon: 120.948, lat: 31.26 } },
  { name: '周庄镇', center: { lon: 120.845, lat: 31.118 } },
  { name: '千灯镇', center: { lon: 120.99, lat: 31.27 } },
  { name: '锦溪镇', center: { lon: 120.905, lat: 31.183 } },
];

const SYLLABLES = [...'东西南北新花河桥湖园城阳安和乐兴泰华春秋金玉青山水林泉塘港浦庄湾田丰福康宁荣盛明光'];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙朱马胡郭沈顾陆钱蒋'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文红梅玲燕'];

/**
 * A namer that gives each community a distinct two-syllable name within the whole dataset.
 *
 * @param random - the generator
 * @returns a function giving a fresh name core (e.g. `东湖`) each call
 * @example
 * ```ts
 * const next = uniqueNames(createRandom(1));
 * next() !== next(); //=> true
 * ```
 */
export function uniqueNames(random: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = `${random.pick(SYLLABLES)}${random.pick(SYLLABLES)}`;
      if (name[0] !== name[1] && !used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/**
 * A person's name: a surname and one or two given-name characters.
 *
 * @param random - the generator
 * @returns the name, e.g. `王建华`
 * @example
 * ```ts
 * personName(createRandom(1)).length >= 2; //=> true
 * ```
 */
export function personName(random: Random): string {
  return `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.chance(0.7) ? random.pick(GIVEN) : ''}`;
}

/**
 * A point near a town's centre (within about 3 km), rounded to six decimals.
 *
 * @param random - the generator
 * @param town - the town
 * @returns the point
 * @example
 * ```ts
 * Math.abs(pointNear(createRandom(1), TOWNS[0]!).lon - 120.98) < 0.03; //=> true
 * ```
 */
export function pointNear(random: Random, town: Town): GeoPoint {
  const jitter = () => (random.next() - 0.5) * 0.05;
  return { lon: Math.round((town.center.lon + jitter()) * 1e6) / 1e6, lat: Math.round((town.center.lat + jitter()) * 1e6) / 1e6 };
}
