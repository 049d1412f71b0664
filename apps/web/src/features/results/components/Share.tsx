import type { ReactNode } from 'react';
import type { LegacyGapDto, PrevalenceDto } from '@assay/contracts';
import { percentOf } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { useResultWords } from '../words.ts';

type LegacyPrevalence = NonNullable<LegacyGapDto['prevalence']>;

/**
 * A count of the paper's respondents cited beside a gap or a roadmap step: how it relates to what
 * it is cited for (same measure, related measure, at most, at least), what it counts, its base and
 * source, and "derived" when the paper does not print it. The percentage is computed from count and
 * base, never taken from a stored figure. Engine-1 shares carry no relation, and say so.
 */
export function Share({ share, engineVersion }: { share: PrevalenceDto | LegacyPrevalence; engineVersion: string }): ReactNode {
  const { text, percent } = useI18n();
  const words = useResultWords();
  const { count, base, source } = share;
  const shown = percent(percentOf(count, base));
  if (!('relation' in share)) {
    return <p className="small share">{words('share.legacy', { count, base, percent: shown, source, version: engineVersion })}</p>;
  }
  const note =
    share.relation === 'upper_bound'
      ? words('share.upper')
      : share.relation === 'lower_bound'
        ? words('share.lower')
        : share.relation === 'related'
          ? words('share.related')
          : null;
  return (
    <p className="small share" data-relation={share.relation} data-status={share.status}>
      <span className={`badge ${share.relation === 'same' ? 'ok' : 'warn'}`}>{words(`share.relation.${share.relation}`)}</span>{' '}
      {share.status === 'derived' && (
        <>
          <abbr className="badge" title={words('share.derivedTitle')}>
            {words('share.derived')}
          </abbr>{' '}
        </>
      )}
      {words('share.count', { count, base, percent: shown, measure: text(share.measure) })} {note !== null && <>{note} </>}
      {words('share.source', { source })}
    </p>
  );
}
