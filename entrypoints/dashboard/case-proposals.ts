import type { ProposedCaseView } from '../../components/dashboard/claims/CaseCard';
import { CLAIMS_TEXTS } from '../../components/dashboard/claims/texts';
import { caseText } from '../../core/claims/case-text';
import type { Claim } from '../../core/claims/claim';
import { regionOf, wouldCross } from '../../core/claims/claim-rate';
import { prepareCases } from '../../core/claims/prepare-cases';
import { caseLangFor, LANG_LOCALE, type Lang } from '../../core/i18n/lang';
import type { AppSettings } from '../../core/model/app-settings';
import { primaryOrderId } from '../../core/model/order-key';
import type { ClaimsData } from './claims-source';

// The cases the Claims tab proposes (core/claims/prepare-cases.ts) as its cards show them: the
// case text in the support's language, that language's name in the UI language, and a warning
// when filing the case would take its region's claim rate over the level sellers report.

export interface CaseProposal extends ProposedCaseView {
  keys: string[];
  reason: Claim['reason'];
  /** The Seller Central host of the case's marketplace (one per case). */
  host: string | undefined;
}

export function caseProposals(
  data: ClaimsData,
  settings: Pick<AppSettings, 'maxItemsPerCase' | 'caseTextLanguage'>,
  lang: Lang,
): CaseProposal[] {
  const t = CLAIMS_TEXTS[lang];
  const rates = new Map(data.rates.map((r) => [r.region, r]));
  return prepareCases(data.claimable, data.claims, settings.maxItemsPerCase).map((prepared) => {
    const caseLang = caseLangFor(settings.caseTextLanguage, { countryCode: prepared.countryCode });
    const region = regionOf(prepared.countryCode);
    const rate = rates.get(region);
    const after = rate && rate.shippedOrders > 0 ? ((rate.claimsFiled + 1) / rate.shippedOrders) * 100 : 0;
    const keys = prepared.orders.map((o) => o.key);
    return {
      id: `${prepared.reason}|${prepared.countryCode}|${keys.join(',')}`,
      keys,
      reason: prepared.reason,
      host: prepared.orders[0]?.order.marketplace.host,
      orderIds: prepared.orders.map((o) => primaryOrderId(o.order)),
      items: prepared.items,
      text: caseText(prepared, caseLang),
      languageName: languageName(caseLang, lang),
      warning: rate && wouldCross(rate, 1) ? t.prepare.crossWarning(t.gauge.regions[region], after) : null,
    };
  });
}

/** A language's name in the UI language ("French", "französisch"…). */
function languageName(of: Lang, ui: Lang): string {
  try {
    return new Intl.DisplayNames([LANG_LOCALE[ui]], { type: 'language' }).of(of) ?? of;
  } catch {
    return of;
  }
}
