import { serializeView } from '../../state/urlCodec';
import { DEFAULT_VIEW, type Language } from '../../state/viewState';

/** The query of the view that opens an uploaded source: its indicator and source, everything else the default. */
export function sourceViewSearch(indicator: string, source: string, lang: Language): string {
  return serializeView({ ...DEFAULT_VIEW, indicator, source, lang });
}
