import { describe, expect, it } from 'vitest';
import { rememberedZones, rememberZones } from '../../../entrypoints/dashboard/remembered-zones';

function memoryStorage() {
  const items = new Map<string, string>();
  let writes = 0;
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes++;
      items.set(key, value);
    },
    items,
    writes: () => writes,
  };
}

describe('the time zones remembered for the next opening', () => {
  it("are the marketplaces' zones of the rows last shown, each once", () => {
    const storage = memoryStorage();
    rememberZones(['Europe/Paris', 'Europe/Berlin', 'Europe/Paris', 'America/Los_Angeles'], storage);
    expect(rememberedZones(storage)).toEqual(['America/Los_Angeles', 'Europe/Berlin', 'Europe/Paris']);
  });

  it('are written only when they change, and never emptied by a page without rows', () => {
    const storage = memoryStorage();
    rememberZones(['Europe/Rome'], storage);
    rememberZones(['Europe/Rome', 'Europe/Rome'], storage);
    expect(storage.writes()).toBe(1);
    rememberZones([], storage);
    expect(rememberedZones(storage)).toEqual(['Europe/Rome']);
    rememberZones(['Europe/Madrid'], storage);
    expect(rememberedZones(storage)).toEqual(['Europe/Madrid']);
  });

  it("keep only the marketplaces' zones: anything else stored is ignored", () => {
    const storage = memoryStorage();
    expect(rememberedZones(storage)).toEqual([]);
    storage.items.set('mcf-desk:time-zones', 'not json');
    expect(rememberedZones(storage)).toEqual([]);
    storage.items.set(
      'mcf-desk:time-zones',
      JSON.stringify(['Europe/Paris', 'Mars/Olympus', 42, '<b>x</b>']),
    );
    expect(rememberedZones(storage)).toEqual(['Europe/Paris']);
    storage.items.set('mcf-desk:time-zones', JSON.stringify({ zone: 'Europe/Paris' }));
    expect(rememberedZones(storage)).toEqual([]);
    rememberZones(['Mars/Olympus'], storage);
    expect(storage.writes()).toBe(0);
  });

  it('cost nothing where storage is refused', () => {
    const refused = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(rememberedZones(refused)).toEqual([]);
    expect(() => rememberZones(['Europe/Paris'], refused)).not.toThrow();
  });
});
