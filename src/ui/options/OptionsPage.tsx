/**
 * The options page: a column of sections, each its own component with its own heading, over two stores: the
 * packs and settings (OptionsStore) and the insights (InsightsStore). New sections are added to SECTIONS.
 */
import type { ComponentType } from 'preact';
import type { InsightsStore } from '../stores';
import { CoachingSection } from './CoachingSection';
import { InsightsSection } from './InsightsSection';
import { PacksSection } from './PacksSection';
import { RulesSection } from './RulesSection';
import { SettingsFileSection } from './SettingsFileSection';
import type { OptionsStore } from './store';
import { practicePageUrl } from '../practice/url';
import { studioUrl } from '../../messages/studio-url';

interface SectionProps {
  options: OptionsStore;
  insights: InsightsStore;
}

const SECTIONS: Array<{ id: string; title: string; Component: ComponentType<SectionProps> }> = [
  { id: 'insights', title: 'Insights', Component: InsightsSection },
  { id: 'rules', title: 'Rules', Component: RulesSection },
  { id: 'coaching', title: 'What to show', Component: CoachingSection },
  { id: 'packs', title: 'Rule packs', Component: PacksSection },
  { id: 'settings-file', title: 'Settings file', Component: SettingsFileSection },
];

export function OptionsPage({ options, insights }: SectionProps) {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="page-header">
        <h1>Empathy Coach</h1>
        <a href={practicePageUrl()} target="_blank" rel="noreferrer" data-open-practice="">
          Practice replies
        </a>
        <a href={studioUrl()} target="_blank" rel="noreferrer" data-open-studio="">
          Pack studio
        </a>
        {SECTIONS.length > 1 && (
          <nav aria-label="Sections">
            {SECTIONS.map((s) => (
              <a key={s.id} href={`#${s.id}`}>
                {s.title}
              </a>
            ))}
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {SECTIONS.map(({ id, Component }) => (
          <div id={id} key={id}>
            <Component options={options} insights={insights} />
          </div>
        ))}
      </main>
    </>
  );
}
