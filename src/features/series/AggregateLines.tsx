import type { Aggregate } from '../../contract/schema';
import { useT } from '../../i18n/useT';

interface Props {
  /** The aggregates the drawn sources publish (none: nothing is shown). */
  choices: readonly Aggregate[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
}

/** The aggregates the sources publish, each a checkbox that adds its line (marked "aggregate") beside the countries'. */
export function AggregateLines({ choices, chosen, onToggle }: Props) {
  const { t } = useT();
  if (choices.length === 0) return null;
  // Folded unless a line is chosen, so that the chart keeps its place at the top of the panel.
  return (
    <details className="series-aggregates" open={chosen.length > 0 ? true : undefined}>
      <summary>{t('aggregates.lines.summary', { count: chosen.length })}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('aggregates.lines')}</legend>
        <p className="hint">{t('aggregates.lines.hint')}</p>
        <ul>
          {choices.map((aggregate) => (
            <li key={aggregate.id}>
              <label className="checkbox">
                <input type="checkbox" checked={chosen.includes(aggregate.id)} onChange={() => onToggle(aggregate.id)} />
                {aggregate.name}
                {aggregate.kind !== 'world' && <span className="aggregate-kind"> ({t(`aggregates.kind.${aggregate.kind}`)})</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
