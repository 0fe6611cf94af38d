/**
 * The options page's coaching section: how much to show (the severity threshold the content script's analyzer
 * honours) and the personal ignore list, filled from the popover's "Ignore everywhere" or here.
 */
import { useState } from 'preact/hooks';
import type { Severity } from '../../engine/types';
import { MAX_IGNORED_PHRASE_LENGTH } from '../../settings/phrases';
import { useStoreState, type OptionsStore } from './store';

const LEVELS: Array<{ value: Severity; label: string; help: string }> = [
  {
    value: 'hint',
    label: 'Everything, hints too',
    help: 'Gentle hints (dotted underlines) as well as suggestions and warnings.',
  },
  { value: 'suggestion', label: 'Suggestions and warnings', help: 'Hides hints.' },
  { value: 'warning', label: 'Warnings only', help: 'Only what could upset a customer.' },
];

export function CoachingSection({ options }: { options: OptionsStore }) {
  const { settings } = useStoreState(options.store);
  const [problem, setProblem] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const phrase = String(new FormData(form).get('phrase') ?? '');
    if (await options.actions.ignorePhrase(phrase)) {
      setProblem('');
      form.reset();
    } else setProblem(`A phrase of up to 5 words and ${MAX_IGNORED_PHRASE_LENGTH} characters, please.`);
  };

  return (
    <section class="section" aria-labelledby="coaching-heading" data-section="coaching">
      <h2 id="coaching-heading">What to show</h2>
      <fieldset class="card" data-field="min-severity">
        <legend>Show</legend>
        {LEVELS.map((level) => (
          <div class="choice" key={level.value}>
            <input
              type="radio"
              id={`severity-${level.value}`}
              name="min-severity"
              value={level.value}
              checked={settings.minSeverity === level.value}
              aria-describedby={`severity-${level.value}-help`}
              onChange={() => void options.actions.setMinSeverity(level.value)}
            />
            <label for={`severity-${level.value}`}>{level.label}</label>
            <small id={`severity-${level.value}-help`}>{level.help}</small>
          </div>
        ))}
      </fieldset>
      <div class="card" data-field="ignore-list">
        <h3 id="ignore-heading">Phrases never flagged</h3>
        <p class="hint">
          Words you use on purpose. Add them here or with “Ignore everywhere” on an underline’s card. Only short phrases
          are kept.
        </p>
        {settings.ignoredPhrases.length ? (
          <ul class="ignore-list" aria-labelledby="ignore-heading">
            {settings.ignoredPhrases.map((phrase) => (
              <li key={phrase} data-phrase={phrase}>
                <span>“{phrase}”</span>{' '}
                <button
                  type="button"
                  aria-label={`Remove “${phrase}”`}
                  onClick={() => void options.actions.unignorePhrase(phrase)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p data-empty="">None yet.</p>
        )}
        <form onSubmit={add} class="inline-form">
          <label for="ignore-phrase">Phrase</label>
          <input
            id="ignore-phrase"
            name="phrase"
            required
            maxLength={MAX_IGNORED_PHRASE_LENGTH}
            aria-describedby="ignore-problem"
          />
          <button type="submit">Never flag it</button>
        </form>
        <p id="ignore-problem" class="error-text" role="status" aria-live="polite">
          {problem}
        </p>
      </div>
    </section>
  );
}
