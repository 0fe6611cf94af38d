/**
 * The studio's state: the packs the agent has (to open one as a copy), the pack being edited as a form, and
 * its live check. Edits change the draft only; the agent's active packs change when the trainer saves, through
 * the background's import (the options page's "Import a pack file"), which checks the pack once more.
 */
import type { Document } from 'yaml';
import { createStore } from 'zustand/vanilla';
import type { ActionResult } from '../../messages';
import { packStatesItem, subscriptionsItem } from '../../storage';
import type { PackIssue, PackSpec } from '../../engine';
import { sendToBackground } from '../../messages';
import { BUILTIN_PACKS } from '../../packs';
import { checkForm, type StudioCheck } from './check';
import { changeKind, newPack, newRule, newScenario, setIn, type FormPack } from './form';
import { formFromPack } from './form-read';
import { packFromForm } from './form-write';
import { importPackText, packToJson, packToYaml } from './pack-file';
import { signPackText } from './sign';
import { suggestedRule } from './suggest';

export interface KnownPack {
  key: string;
  pack: PackSpec;
  source: 'built-in' | 'file' | 'subscription' | 'organisation';
}

export interface StudioState {
  packs: KnownPack[];
  form: FormPack | null;
  /** The imported YAML file, for its comments. */
  doc?: Document;
  /** Where the draft came from, in words. */
  origin: string;
  check: StudioCheck | null;
  /** Syntax errors of a file that could not be read into the form. */
  importIssues: PackIssue[];
  /** Unsaved changes since the last save (or since opening). */
  dirty: boolean;
}

const CHECK_DELAY_MS = 150;

export type StudioStore = ReturnType<typeof createStudioStore>;

export function createStudioStore(
  save: (fileName: string, text: string) => Promise<ActionResult> = (fileName, text) =>
    sendToBackground({ kind: 'import-pack', fileName, text }),
) {
  const store = createStore<StudioState>(() => ({
    packs: [],
    form: null,
    origin: '',
    check: null,
    importIssues: [],
    dirty: false,
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const recheck = (now = false) => {
    clearTimeout(timer);
    const run = () => {
      const { form } = store.getState();
      store.setState({ check: form ? checkForm(form) : null });
    };
    if (now) run();
    else timer = setTimeout(run, CHECK_DELAY_MS);
  };
  const open = (form: FormPack, origin: string, doc?: Document) => {
    store.setState({ form, origin, doc, importIssues: [], dirty: false });
    recheck(true);
  };
  const edit = (change: (form: FormPack) => FormPack) => {
    const { form } = store.getState();
    if (!form) return;
    store.setState({ form: change(form), dirty: true });
    recheck();
  };
  const fileName = (ext: string) => `${store.getState().form?.id || 'pack'}.${ext}`;
  const yaml = () => {
    const { form, doc } = store.getState();
    return form ? packToYaml(packFromForm(form), doc) : '';
  };

  const ready = (async () => {
    const [subscriptions, states] = await Promise.all([subscriptionsItem.getValue(), packStatesItem.getValue()]);
    const own: KnownPack[] = subscriptions.list.flatMap((s) => {
      const active = states[s.id]?.active;
      if (!active) return [];
      const source: KnownPack['source'] =
        s.source === 'file' ? 'file' : s.source === 'policy' ? 'organisation' : 'subscription';
      return [{ key: s.id, pack: active.pack, source }];
    });
    store.setState({
      packs: [
        ...BUILTIN_PACKS.map((pack) => ({ key: `builtin:${pack.id}`, pack, source: 'built-in' as const })),
        ...own,
      ],
    });
  })();

  const actions = {
    newPack: () => open(newPack(), 'a new pack'),
    openCopy(key: string) {
      const known = store.getState().packs.find((p) => p.key === key);
      if (known) open(formFromPack(JSON.parse(JSON.stringify(known.pack))), `a copy of “${known.pack.name}”`);
    },
    importFile(name: string, text: string): boolean {
      const result = importPackText(text, name);
      if (!result.ok) {
        store.setState({ importIssues: result.issues });
        return false;
      }
      open(result.pack.form, `the file ${name}`, result.pack.doc);
      return true;
    },
    /** Opens the agent's own pack (the last one they imported or saved here), or a new one, with a rule for the words. */
    suggest(words: string) {
      const own = [...store.getState().packs].reverse().find((p) => p.source === 'file');
      const form = own ? formFromPack(JSON.parse(JSON.stringify(own.pack))) : newPack('my-rules', 'My rules');
      open(
        {
          ...form,
          rules: [
            ...form.rules,
            suggestedRule(
              words,
              form.rules.map((r) => r.id),
            ),
          ],
        },
        own ? `your pack “${own.pack.name}”, with a rule for “${words}”` : `a new pack, with a rule for “${words}”`,
      );
    },
    set: (path: (string | number)[], value: unknown) => edit((form) => setIn(form, path, value)),
    setKind: (index: number, kind: string) =>
      edit((form) => setIn(form, ['rules', index], changeKind(form.rules[index], kind))),
    addRule: (kind: string) => edit((form) => ({ ...form, rules: [...form.rules, newRule(kind)] })),
    removeRule: (index: number) => edit((form) => ({ ...form, rules: form.rules.filter((_, i) => i !== index) })),
    addScenario: () => edit((form) => ({ ...form, scenarios: [...form.scenarios, newScenario()] })),
    removeScenario: (index: number) =>
      edit((form) => ({ ...form, scenarios: form.scenarios.filter((_, i) => i !== index) })),
    yaml,
    json: () => {
      const { form } = store.getState();
      return form ? packToJson(packFromForm(form)) : '';
    },
    fileName,
    /** Makes the pack one of the agent's active packs, as the options page's import does. */
    async save(): Promise<ActionResult> {
      const result = await save(fileName('yaml'), yaml());
      if (result.ok) store.setState({ dirty: false });
      return result;
    },
    /** The export and its signature, made with the key file's text (used here and dropped). */
    async sign(pem: string): Promise<{ yaml: string; sig: string }> {
      const text = yaml();
      return { yaml: text, sig: await signPackText(pem, text) };
    },
  };
  return { store, actions, ready };
}

export { useStoreState } from '../stores/use-store';
