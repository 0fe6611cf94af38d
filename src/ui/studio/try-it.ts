/**
 * The "try it" box coaches a sample reply with the pack being edited, in the overlay agents see on a helpdesk
 * (startCoaching, as the practice page uses it): the built-in rule packs and the draft, rebuilt each time the
 * draft loads without errors. The sample reply is never stored.
 */
import { startCoaching, type Coach } from '../../content/coach';
import { createAnalyzer, type Analyzer, type PackSpec } from '../../engine';
import { BUILTIN_RULE_PACKS } from '../../packs/builtin-rules';
import type { StudioStore } from './store';

export const TRY_REPLY_ID = 'try-reply';
export const TRY_CUSTOMER_ID = 'try-customer';

export function startTryIt(doc: Document, { store }: StudioStore, signal: AbortSignal): Coach {
  let pack: PackSpec | undefined;
  let analyzer: Analyzer | null = null;
  const disabled = new Set<string>();
  const rebuild = () => {
    analyzer = pack
      ? createAnalyzer([...BUILTIN_RULE_PACKS.filter((b) => b.id !== pack!.id), pack], { disabledRules: disabled })
      : null;
  };
  const coach = startCoaching(
    doc,
    {
      // only the try-it box is coached: the studio's own fields are the trainer's, not a reply
      analyzer: (field) => (field.id === TRY_REPLY_ID ? analyzer : null),
      context: () => ({
        customerMessage: (doc.getElementById(TRY_CUSTOMER_ID) as HTMLInputElement | null)?.value || undefined,
      }),
      inputs: false,
      disableRule(rule) {
        disabled.add(rule);
        rebuild();
        coach.refresh();
      },
    },
    signal,
  );
  const unsubscribe = store.subscribe((state, previous) => {
    const next = state.check?.pack;
    if (!next || state.check === previous.check) return;
    pack = next;
    rebuild();
    coach.refresh();
  });
  signal.addEventListener('abort', unsubscribe);
  return coach;
}
