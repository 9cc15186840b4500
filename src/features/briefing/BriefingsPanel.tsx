import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Catalog } from '../../contract/schema';
import type { ResolvedView } from '../../data/resolveView';
import { catalogIndex } from '../../data/catalogIndex';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { panelLabelKey } from '../../i18n/panelLabels';
import { savedViewTitle, useViewTitle } from '../../lib/viewTitle';
import { fileSlug, isoDay } from '../../lib/export/exportData';
import { downloadBlob } from '../../lib/export/imageExport';
import { shareLink } from '../../lib/viewLinks';
import { useBriefingStore } from './briefingStore';
import { LINK_PARAM, MAX_FILE_BYTES, briefingFileText, encodeBriefingLink, readBriefingFile, type TransferResult } from './briefingTransfer';
import { viewOfQuery, viewQuery, type Briefing } from './model';
import { presentBriefing } from './present';
import './briefing.css';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  period: string | null;
}

/** Saved views and briefings: save the view on screen, build briefings from views, present, share, export, import. */
export function BriefingsPanel({ catalog, resolved, period }: Props) {
  const { t, lang } = useT();
  const view = useViewStore((s) => s.view);
  const replaceView = useViewStore((s) => s.replaceView);
  const views = useBriefingStore((s) => s.views);
  const briefings = useBriefingStore((s) => s.briefings);
  const saveView = useBriefingStore((s) => s.saveView);
  const deleteView = useBriefingStore((s) => s.deleteView);
  const createBriefing = useBriefingStore((s) => s.createBriefing);
  const keepBriefing = useBriefingStore((s) => s.keepBriefing);
  const [name, setName] = useState<string | null>(null);
  const [briefingName, setBriefingName] = useState('');
  const [status, setStatus] = useState('');
  const ids = useId();

  const title = useViewTitle(resolved, period);
  const countryName = catalogIndex(catalog).countryName;
  const suggested = savedViewTitle(title, t(panelLabelKey(view.panel)), view.countries.map(countryName));
  const current = { title: suggested, query: viewQuery(view) };

  function onSave(event: FormEvent) {
    event.preventDefault();
    const saved = saveView(name ?? suggested, view);
    setStatus(saved ? t('briefing.saved', { title: saved.title }) : t('briefing.full'));
    setName(null);
  }

  function onCreate(event: FormEvent) {
    event.preventDefault();
    const created = createBriefing(briefingName || t('briefing.defaultTitle', { date: formatDate(isoDay(new Date()), lang) }));
    setStatus(created ? '' : t('briefing.full'));
    setBriefingName('');
  }

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let result: TransferResult;
    if (file.size > MAX_FILE_BYTES) result = { ok: false, error: 'too-long' };
    else {
      try {
        result = readBriefingFile(await file.text());
      } catch {
        result = { ok: false, error: 'not-a-briefing' };
      }
    }
    if (!result.ok) {
      setStatus(t('briefing.importFailed', { file: file.name, reason: t(`briefing.error.${result.error}`) }));
      return;
    }
    const kept = keepBriefing(result.briefing);
    if (!kept) {
      setStatus(t('briefing.full'));
      return;
    }
    const message = t('briefing.imported', { title: kept.title, count: kept.steps.length });
    setStatus(result.dropped > 0 ? `${message} ${t('briefing.dropped', { count: result.dropped })}` : message);
  }

  return (
    <div className="briefings">
      <p className="hint">{t('briefing.intro')}</p>
      <form className="briefings__save" onSubmit={onSave}>
        <label htmlFor={`${ids}-name`}>{t('briefing.saveLabel')}</label>
        <div className="briefings__row">
          <input id={`${ids}-name`} type="text" maxLength={200} value={name ?? suggested} onChange={(e) => setName(e.target.value)} />
          <button type="submit">{t('briefing.save')}</button>
        </div>
      </form>

      <h3>{t('briefing.views', { count: views.length })}</h3>
      {views.length === 0 ? (
        <p className="hint">{t('briefing.noViews')}</p>
      ) : (
        <ul className="briefings__views" aria-label={t('briefing.views', { count: views.length })}>
          {views.map((saved) => (
            <li key={saved.id}>
              <span className="briefings__title">{saved.title}</span>
              <button
                type="button"
                aria-label={t('briefing.openView', { title: saved.title })}
                onClick={() => replaceView(viewOfQuery(saved.query, lang))}
              >
                {t('briefing.open')}
              </button>
              <button
                type="button"
                className="button-quiet"
                aria-label={t('briefing.deleteView', { title: saved.title })}
                onClick={() => deleteView(saved.id)}
              >
                {t('briefing.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('briefing.briefings', { count: briefings.length })}</h3>
      {briefings.length === 0 && <p className="hint">{t('briefing.noBriefings')}</p>}
      {briefings.map((briefing) => (
        <BriefingCard key={briefing.id} briefing={briefing} current={current} onStatus={setStatus} />
      ))}
      <form className="briefings__create" onSubmit={onCreate}>
        <label htmlFor={`${ids}-briefing`}>{t('briefing.newLabel')}</label>
        <div className="briefings__row">
          <input id={`${ids}-briefing`} type="text" maxLength={200} value={briefingName} onChange={(e) => setBriefingName(e.target.value)} />
          <button type="submit">{t('briefing.create')}</button>
        </div>
      </form>
      <div className="briefings__import">
        <label className="file-button">
          {t('briefing.import')}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>
      </div>
      <p role="status" className="briefings__status">
        {status}
      </p>
    </div>
  );
}

interface CardProps {
  briefing: Briefing;
  current: { title: string; query: string };
  onStatus: (text: string) => void;
}

function BriefingCard({ briefing, current, onStatus }: CardProps) {
  const { t } = useT();
  const views = useBriefingStore((s) => s.views);
  const addStep = useBriefingStore((s) => s.addStep);
  const moveStep = useBriefingStore((s) => s.moveStep);
  const removeStep = useBriefingStore((s) => s.removeStep);
  const deleteBriefing = useBriefingStore((s) => s.deleteBriefing);
  const [pick, setPick] = useState('');
  const [manualLink, setManualLink] = useState<string | null>(null);
  const headingId = useId();
  const selectId = useId();
  const chosen = views.find((v) => v.id === pick) ?? views[0];

  async function copyLink() {
    const value = encodeBriefingLink(briefing);
    if (value === null) {
      onStatus(t('briefing.linkTooLong'));
      return;
    }
    const link = shareLink(`?${LINK_PARAM}=${value}`);
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      onStatus(t('briefing.linkCopied', { title: briefing.title }));
    } catch {
      setManualLink(link);
    }
  }

  function exportFile() {
    downloadBlob(
      new Blob([briefingFileText(briefing)], { type: 'application/json' }),
      `migration-lens_briefing_${fileSlug(briefing.title) || 'untitled'}.json`,
    );
  }

  return (
    <article className="briefing-card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {briefing.title} <span className="hint">({t('briefing.stepCount', { count: briefing.steps.length })})</span>
      </h4>
      {briefing.steps.length === 0 ? (
        <p className="hint">{t('briefing.noSteps')}</p>
      ) : (
        <ol className="briefing-card__steps">
          {briefing.steps.map((step, index) => (
            <li key={step.id}>
              <span className="briefings__title">{step.title || step.query || '—'}</span>
              <span className="briefing-card__tools">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('briefing.moveUp', { title: step.title })}
                  disabled={index === 0}
                  onClick={() => moveStep(briefing.id, index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('briefing.moveDown', { title: step.title })}
                  disabled={index === briefing.steps.length - 1}
                  onClick={() => moveStep(briefing.id, index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('briefing.remove', { title: step.title })}
                  onClick={() => removeStep(briefing.id, index)}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="briefing-card__add">
        <button type="button" onClick={() => addStep(briefing.id, current)}>
          {t('briefing.addCurrent')}
        </button>
        {views.length > 0 && (
          <span className="briefing-card__pick">
            <label htmlFor={selectId} className="visually-hidden">
              {t('briefing.addSaved')}
            </label>
            <select id={selectId} value={chosen?.id ?? ''} onChange={(e) => setPick(e.target.value)}>
              {views.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.title}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-label={t('briefing.addSaved')}
              onClick={() => chosen && addStep(briefing.id, { title: chosen.title, query: chosen.query })}
            >
              {t('briefing.add')}
            </button>
          </span>
        )}
      </div>
      <div className="briefing-card__actions">
        <button
          type="button"
          className="primary"
          aria-label={t('briefing.presentNamed', { title: briefing.title })}
          disabled={briefing.steps.length === 0}
          onClick={() => presentBriefing(briefing)}
        >
          {t('briefing.present')}
        </button>
        <button
          type="button"
          aria-label={t('briefing.copyLinkNamed', { title: briefing.title })}
          disabled={briefing.steps.length === 0}
          onClick={() => void copyLink()}
        >
          {t('briefing.copyLink')}
        </button>
        <button
          type="button"
          aria-label={t('briefing.exportNamed', { title: briefing.title })}
          disabled={briefing.steps.length === 0}
          onClick={exportFile}
        >
          {t('briefing.export')}
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={t('briefing.deleteBriefing', { title: briefing.title })}
          onClick={() => deleteBriefing(briefing.id)}
        >
          {t('briefing.delete')}
        </button>
      </div>
      {manualLink && (
        <label className="share__manual">
          {t('share.manual')}
          <input type="text" readOnly value={manualLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </article>
  );
}
