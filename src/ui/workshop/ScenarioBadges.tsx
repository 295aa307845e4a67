import { t } from '../app/i18n.ts';
import { workshopMessages } from './workshop.messages.ts';

/** "Fictional" and the area, beside every scenario title. */
export function ScenarioBadges(props: { area: string }) {
  return (
    <p class="scenario-badges">
      <span class="badge fictional">{t(workshopMessages).fictional}</span> <span class="badge">{props.area}</span>
    </p>
  );
}
