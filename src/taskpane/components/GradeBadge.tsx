import { Badge, BadgeProps } from '@fluentui/react-components';

/** 优 green, 良 blue, 中 amber, 差 red; anything else (a custom band) neutral. */
const COLORS: Record<string, BadgeProps['color']> = { 优: 'success', 良: 'brand', 中: 'warning', 差: 'danger' };

export function GradeBadge({ grade }: { grade: string | null }) {
  if (!grade) return <span aria-label="—">—</span>;
  return (
    <Badge appearance="filled" color={COLORS[grade] ?? 'informative'} shape="rounded" data-grade={grade}>
      {grade}
    </Badge>
  );
}
