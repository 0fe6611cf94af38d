/**
 * The options page: a column of sections, each its own component with its own heading. New sections (sites,
 * insights…) are added to SECTIONS.
 */
import type { ComponentType } from 'preact';
import { PacksSection } from './PacksSection';
import type { OptionsStore } from './store';

const SECTIONS: Array<{ id: string; title: string; Component: ComponentType<{ options: OptionsStore }> }> = [{ id: 'packs', title: 'Rule packs', Component: PacksSection }];

export function OptionsPage({ options }: { options: OptionsStore }) {
  return (
    <>
      <header class="page-header">
        <h1>Empathy Coach</h1>
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
      <main>
        {SECTIONS.map(({ id, Component }) => (
          <div id={id} key={id}>
            <Component options={options} />
          </div>
        ))}
      </main>
    </>
  );
}
