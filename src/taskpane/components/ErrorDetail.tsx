/** The host's own words under a failure message (what to do comes first, in the UI language). */
import { Caption1 } from '@fluentui/react-components';

export function ErrorDetail({ label, detail }: { label: string; detail?: string | null }) {
  if (!detail) return null;
  return (
    <Caption1>
      {label}
      {detail}
    </Caption1>
  );
}
