/** What this Excel cannot do, said once; the features concerned are disabled where they live. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { HostCapabilities } from '../../core';
import { useI18n } from '../i18n/I18nContext';

type Feature = Exclude<keyof HostCapabilities, 'host'>;

export function CapabilityNotices({ capabilities, features }: { capabilities: HostCapabilities; features: Feature[] }) {
  const { t } = useI18n();
  const text: Record<Feature, string> = {
    mergedAreas: t.capMerged,
    editEvents: t.capEditEvents,
    markers: t.capMarkers,
    bindings: t.capBindings,
    settings: t.capSettings,
    sheets: t.capSheets,
  };
  const missing = features.filter((f) => !capabilities[f]);
  if (!missing.length) return null;
  return (
    <>
      {missing.map((f) => (
        <MessageBar key={f} intent="warning" layout="multiline" data-capability={f}>
          <MessageBarBody>{text[f]}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
