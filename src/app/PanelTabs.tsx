import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n/useT';
import { useViewStore } from '../state/store';
import { PANELS, type Panel } from '../state/viewState';
import { panelLabelKey } from '../i18n/panelLabels';

export const tabId = (panel: Panel) => `tab-${panel}`;
export const tabPanelId = (panel: Panel) => `tabpanel-${panel}`;

/** The panel switcher: a tab list driven by the arrow keys, Home and End. */
export function PanelTabs() {
  const { t } = useT();
  const current = useViewStore((s) => s.view.panel);
  const setPanel = useViewStore((s) => s.setPanel);
  const refs = useRef(new Map<Panel, HTMLButtonElement>());

  // On a narrow screen the tabs scroll sideways: keep the selected one in sight (a link may open on the last).
  useEffect(() => {
    const tab = refs.current.get(current);
    const list = tab?.parentElement;
    if (!tab || !list) return;
    const shown = list.getBoundingClientRect();
    const box = tab.getBoundingClientRect();
    if (box.right > shown.right) list.scrollLeft += box.right - shown.right;
    else if (box.left < shown.left) list.scrollLeft -= shown.left - box.left;
  }, [current]);

  function onKeyDown(event: KeyboardEvent) {
    const index = PANELS.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? PANELS[(index + 1) % PANELS.length]
        : event.key === 'ArrowLeft'
          ? PANELS[(index - 1 + PANELS.length) % PANELS.length]
          : event.key === 'Home'
            ? PANELS[0]
            : event.key === 'End'
              ? PANELS[PANELS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setPanel(next);
    refs.current.get(next)?.focus();
  }

  return (
    <div className="panel-tabs" role="tablist" aria-label={t('panels.label')} onKeyDown={onKeyDown}>
      {PANELS.map((panel) => (
        <button
          key={panel}
          ref={(el) => {
            if (el) refs.current.set(panel, el);
            else refs.current.delete(panel);
          }}
          type="button"
          role="tab"
          id={tabId(panel)}
          aria-selected={panel === current}
          aria-controls={tabPanelId(panel)}
          tabIndex={panel === current ? 0 : -1}
          onClick={() => setPanel(panel)}
        >
          {t(panelLabelKey(panel))}
        </button>
      ))}
    </div>
  );
}
