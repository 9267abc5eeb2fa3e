import { Badge, BadgeProps } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

/** 优 green, 良 blue, 中 amber, 差 red; anything else (a custom band) neutral. */
const COLORS: Record<string, BadgeProps['color']> = { 优: 'success', 良: 'brand', 中: 'warning', 差: 'danger' };

/** A grade in the UI's language (data-grade keeps the sheet's word). */
export function useGradeName(): (grade: string) => string {
  const { t } = useI18n();
  return (grade) => (t.grade as Record<string, string>)[grade] ?? grade;
}

export function GradeBadge({ grade }: { grade: string | null }) {
  const name = useGradeName();
  if (!grade) return <span aria-label="—">—</span>;
  return (
    <Badge appearance="filled" color={COLORS[grade] ?? 'informative'} shape="rounded" data-grade={grade}>
      {name(grade)}
    </Badge>
  );
}
