/**
 * 设置 (lazy-loaded): profile and its options, language, 输入时检查, 复核模式, markers, detection and
 * bindings. Values are stored in the workbook by the controller (port.settings).
 */
import { useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles, Select, Subtitle2, Switch, tokens } from '@fluentui/react-components';
import { Eraser20Regular, LinkSquare20Regular, ScanText20Regular } from '@fluentui/react-icons';
import { HostCapabilities, Lang, Profile, PROFILE_NAMES, resolveProfile } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { PaneSettings } from '../settings';
import { CapabilityNotices } from './CapabilityNotices';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SettingsPanelProps {
  settings: PaneSettings;
  /** 复核 mode as in effect (the stored choice, else whether a 「复核记录」 is there). */
  reviewMode: boolean;
  capabilities: HostCapabilities;
  busy: boolean;
  onChange: (patch: Partial<PaneSettings>) => void;
  onClearMarkers: () => void;
  onRedetect: () => void;
  onBindSelection: (part: 'budget' | 'indicators') => void;
}

export default function SettingsPanel(p: SettingsPanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const profile = p.settings.profile;
  const setProfile = (patch: Partial<Profile>) => p.onChange({ profile: { ...profile, ...patch } });
  return (
    <section className={styles.root} aria-label={t.settingsTitle}>
      <Subtitle2 as="h2">{t.settingsTitle}</Subtitle2>
      <Caption1>{p.capabilities.settings ? t.savedInWorkbook : t.capSettings}</Caption1>
      <Field label={t.language}>
        <Select value={lang} onChange={(_, d) => p.onChange({ lang: d.value as Lang })}>
          {(['zh-CN', 'en-US'] as const).map((l) => (
            <option key={l} value={l}>
              {t.lang[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.profile}>
        <Select value={profile.name} onChange={(_, d) => p.onChange({ profile: resolveProfile(d.value) ?? profile })}>
          {PROFILE_NAMES.map((name) => (
            <option key={name} value={name}>
              {(t.profileName as Record<string, string>)[name] ?? name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.reverseFormula}>
        <Select value={profile.reverseFormula} onChange={(_, d) => setProfile({ reverseFormula: d.value as Profile['reverseFormula'] })}>
          <option value="ratio">{t.reverse.ratio}</option>
          <option value="linear">{t.reverse.linear}</option>
        </Select>
      </Field>
      <Field label={t.rateRounding}>
        <Select value={profile.rateRounding} onChange={(_, d) => setProfile({ rateRounding: d.value as Profile['rateRounding'] })}>
          <option value="two-step">{t.rounding['two-step']}</option>
          <option value="single-step">{t.rounding['single-step']}</option>
        </Select>
      </Field>
      {/* keyed by the value: a new profile resets what is typed */}
      <NumberSetting key={`low:${profile.lowExecutionReasonBelow}`} label={t.lowExecution} value={profile.lowExecutionReasonBelow} onCommit={(v) => setProfile({ lowExecutionReasonBelow: v })} />
      <NumberSetting key={`over:${profile.overAchievementRatio}`} label={t.overAchievement} value={profile.overAchievementRatio} onCommit={(v) => setProfile({ overAchievementRatio: v })} />
      <CapabilityNotices capabilities={p.capabilities} features={['editEvents', 'markers', 'bindings']} />
      <Field hint={t.inlineCheckHint}>
        <Switch
          label={t.inlineCheck}
          checked={p.settings.inlineCheck && p.capabilities.editEvents}
          disabled={!p.capabilities.editEvents}
          onChange={(_, d) => p.onChange({ inlineCheck: d.checked })}
        />
      </Field>
      <Field hint={t.reviewModeHint}>
        <Switch label={t.reviewModeSetting} checked={p.reviewMode} onChange={(_, d) => p.onChange({ reviewMode: d.checked })} />
      </Field>
      <Subtitle2 as="h3">{t.markersGroup}</Subtitle2>
      <div className={styles.row}>
        <Button icon={<Eraser20Regular />} disabled={p.busy || !p.capabilities.markers} onClick={p.onClearMarkers}>
          {t.clearMarkers}
        </Button>
      </div>
      <Subtitle2 as="h3">{t.bindingsGroup}</Subtitle2>
      <div className={styles.row}>
        <Button icon={<ScanText20Regular />} disabled={p.busy || !p.capabilities.bindings} onClick={p.onRedetect}>
          {t.redetect}
        </Button>
        <Button icon={<LinkSquare20Regular />} disabled={p.busy || !p.capabilities.bindings} onClick={() => p.onBindSelection('budget')}>
          {t.bindBudget}
        </Button>
        <Button icon={<LinkSquare20Regular />} disabled={p.busy || !p.capabilities.bindings} onClick={() => p.onBindSelection('indicators')}>
          {t.bindIndicators}
        </Button>
      </div>
    </section>
  );
}

/** A decimal threshold: blank = off (null); applied on blur when it is a number. */
function NumberSetting({ label, value, onCommit }: { label: string; value: string | null; onCommit: (v: string | null) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value ?? '');
  const trimmed = text.trim().replace(/％|%$/, '');
  const valid = trimmed === '' || /^\d+(\.\d+)?$/.test(trimmed);
  const commit = () => {
    if (!valid) return;
    const next = trimmed === '' ? null : trimmed;
    if (next !== value) onCommit(next);
  };
  return (
    <Field label={label} validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : t.notANumber}>
      <Input value={text} inputMode="decimal" onChange={(_, d) => setText(d.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </Field>
  );
}
