import type { ClaimRate } from '../../../core/claims/claim-rate';
import type { Lang } from '../../../core/i18n/lang';
import { CLAIMS_TEXTS } from './texts';

// The claim-rate gauge (issue 15 item 6): per region, claims filed and paid over the MCF orders
// shipped in the last 180 days, against the 2 % level that sellers report (marked as reported, not
// as Amazon policy). Above or below the level is said in words, not by colour alone.

/** The gauge shows up to twice the level, so the level sits in its middle. */
const SCALE = 2;

export function ClaimRateGauge(props: { lang: Lang; level: number; rates: readonly ClaimRate[] }) {
  const t = CLAIMS_TEXTS[props.lang].gauge;
  const max = props.level * SCALE;
  return (
    <section class="claim-gauge" aria-labelledby="claim-gauge-title" data-testid="claim-gauge">
      <h2 id="claim-gauge-title">{t.title}</h2>
      <p>{t.intro}</p>
      <ul class="gauge-regions">
        {props.rates.map((r) => {
          const name = t.regions[r.region];
          const above = r.filedPercent !== null && r.filedPercent > props.level;
          return (
            <li key={r.region} data-testid="gauge-region" data-region={r.region}>
              <strong>{name}</strong>{' '}
              <span data-testid="gauge-rate">
                {r.filedPercent === null || r.paidPercent === null
                  ? t.noShipped
                  : t.rate(r.filedPercent, r.paidPercent)}
              </span>{' '}
              <span class="muted" data-testid="gauge-figures">
                ({t.figures(r.claimsFiled, r.claimsPaid, r.shippedOrders)})
              </span>
              {r.filedPercent !== null && (
                <span class="gauge-line">
                  <span class="gauge-bar">
                    <meter
                      min={0}
                      max={max}
                      low={props.level}
                      high={props.level}
                      optimum={0}
                      value={Math.min(r.filedPercent, max)}
                      aria-label={t.meterLabel(name)}
                    />
                    <span
                      class="gauge-level"
                      style={{ left: `${(props.level / max) * 100}%` }}
                      aria-hidden="true"
                    />
                  </span>
                  <span class={above ? 'gauge-verdict above' : 'gauge-verdict'} data-testid="gauge-verdict">
                    {above ? t.above : t.below}
                  </span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="muted" data-testid="gauge-level-note">
        {t.level}
      </p>
    </section>
  );
}
