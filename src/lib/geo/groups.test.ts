import { describe, expect, it } from 'vitest';
import { apartFrom, closeGroups, GROUP_MAX_ZOOM, type GroupPoint } from './groups';
import { toWorld } from './mercator';

const city = (id: string, lon: number, lat: number): GroupPoint => ({
  id,
  at: [lon, lat],
  radius: 7,
});
// Aleppo and Dabiq, 40 km apart; Mosul, 470 km east; Vienna, far away.
const aleppo = city('aleppo', 37.16, 36.2);
const dabiq = city('dabiq', 37.07, 36.54);
const mosul = city('mosul', 43.13, 36.34);
const vienna = city('vienna', 16.37, 48.21);

describe('apartFrom', () => {
  it('is the first whole zoom at which the two markers no longer overlap', () => {
    // 40 km apart: 0.61 px at zoom 0; two 7 px markers and the 4 px gap need 2^4.9 of that.
    // Mosul, 8.5 px from Aleppo at zoom 0, stands apart from zoom 2 (17 px at zoom 1).
    expect(apartFrom(aleppo, dabiq)).toBe(5);
    expect(apartFrom(aleppo, mosul)).toBe(2);
    expect(apartFrom(aleppo, vienna)).toBe(0);
    expect(apartFrom(aleppo, { ...aleppo, id: 'same' })).toBe(GROUP_MAX_ZOOM + 1);
  });
});

describe('closeGroups', () => {
  it('names close points together below the zoom where they part, and each after', () => {
    const { groups, ownFrom } = closeGroups([mosul, dabiq, aleppo, vienna]);
    expect(groups).toContainEqual({
      members: ['dabiq', 'aleppo'],
      at: [(37.07 + 37.16) / 2, (36.54 + 36.2) / 2],
      from: expect.any(Number),
      until: 5,
      spread: expect.any(Number),
    });
    // How far the farther member is from the group's spot, in zoom-0 world pixels: about
    // half their distance (the spot is the mean of their longitudes and latitudes).
    const pair = groups.find((g) => g.members.length === 2)!;
    const centre = toWorld(...pair.at);
    const far = Math.max(
      ...[dabiq, aleppo].map((p) => {
        const [x, y] = toWorld(...p.at);
        return Math.hypot(x - centre[0], y - centre[1]);
      }),
    );
    expect(pair.spread).toBeCloseTo(far, 9);
    const [d, a] = [toWorld(...dabiq.at), toWorld(...aleppo.at)];
    expect(pair.spread).toBeCloseTo(Math.hypot(d[0] - a[0], d[1] - a[1]) / 2, 2);
    expect(ownFrom.get('aleppo')).toBe(5);
    expect(ownFrom.get('dabiq')).toBe(5);
    expect(ownFrom.has('vienna')).toBe(false);
  });

  it('nests: the closest pair parts last, a third point joins them at lower zooms', () => {
    const { groups, ownFrom } = closeGroups([mosul, dabiq, aleppo]);
    const pair = groups.find((g) => g.members.length === 2)!;
    const all = groups.find((g) => g.members.length === 3)!;
    expect(all.members).toEqual(['mosul', 'dabiq', 'aleppo']);
    expect(all.from).toBe(0);
    expect(all.until).toBe(pair.from);
    expect(pair.until).toBe(5);
    expect(ownFrom.get('mosul')).toBe(all.until);
    // At every whole zoom each point is named exactly once: alone or in one group.
    for (let z = 0; z <= GROUP_MAX_ZOOM; z++)
      for (const id of ['mosul', 'dabiq', 'aleppo']) {
        const own = z >= (ownFrom.get(id) ?? 0) ? 1 : 0;
        const inGroups = groups.filter((g) => g.members.includes(id) && g.from <= z && z < g.until);
        expect(own + inGroups.length, `${id} at z${z}`).toBe(1);
      }
  });

  it('leaves points that always stand apart alone', () => {
    expect(closeGroups([aleppo, vienna])).toEqual({ groups: [], ownFrom: new Map() });
  });
});
