import { describe, expect, it } from 'vitest';
import { foldMarks } from './letters';

describe('foldMarks', () => {
  it('drops the marks of Latin letters, macrons and the letters Unicode does not decompose', () => {
    expect(foldMarks('Malmö Kraków Zürich São Paulo Māui Łódź Ørsted Ħamrun')).toBe(
      'Malmo Krakow Zurich Sao Paulo Maui Lodz Orsted Hamrun',
    );
  });

  it('keeps every text its length, one unit for one, so positions carry over', () => {
    let all = '';
    for (let c = 0x20; c < 0xd800; c++) all += String.fromCharCode(c);
    expect(foldMarks(all)).toHaveLength(all.length);
    // Letters that would become two are left as they are.
    expect(foldMarks('Straße ǆ')).toBe('Straße ǆ');
  });

  it('leaves other scripts alone, where a mark can make another letter', () => {
    expect(foldMarks('Москва القاهرة 東京 Йошкар-Ола')).toBe('Москва القاهرة 東京 Йошкар-Ола');
  });
});
