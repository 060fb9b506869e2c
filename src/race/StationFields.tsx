import { OFFERS, type Offer } from '../core/race/index';
import { type Units, unitSymbol } from '../core/units';
import { type MessageKey, t } from '../platform/i18n';
import type { StationRow } from './race-form';

const OFFER_LABEL: Record<Offer, MessageKey> = { water: 'raceOfferWater', drink: 'raceOfferDrink', gel: 'raceOfferGel', food: 'raceOfferFood' };

interface Props {
  rows: StationRow[];
  units: Units;
  onChange: (rows: StationRow[]) => void;
}

/** Aid stations as distances with what each offers. */
export function StationFields({ rows, units, onChange }: Props) {
  const set = (i: number, row: StationRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <fieldset class="race-stations">
      <legend>{t('raceStations')}</legend>
      {rows.map((row, i) => (
        <div class="race-station" key={i}>
          <label>
            {t('raceStationAt', unitSymbol('distance', units))}
            <input inputMode="decimal" value={row.at} onInput={(e) => set(i, { ...row, at: (e.target as HTMLInputElement).value })} />
          </label>
          {OFFERS.map((offer) => (
            <label class="race-offer" key={offer}>
              <input
                type="checkbox"
                checked={row.offers.includes(offer)}
                onChange={(e) => set(i, { ...row, offers: (e.target as HTMLInputElement).checked ? [...row.offers, offer] : row.offers.filter((o) => o !== offer) })}
              />
              {t(OFFER_LABEL[offer])}
            </label>
          ))}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('raceRemoveStation')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { at: '', offers: ['water'] }])}>
        {t('raceAddStation')}
      </button>
    </fieldset>
  );
}
