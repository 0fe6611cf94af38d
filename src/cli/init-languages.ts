/**
 * Starter packs in other languages for `empathy-coach init NAME --language CODE`: two rules written in the
 * language (a phrase rule and a swap that keeps the agent's address), with examples and allows that pass.
 */
interface Starter {
  comment: string;
  phrase: {
    phrases: string[];
    message: string;
    why: string;
    suggest: string;
    example: [string, string];
    allow: string;
  };
  swap: { pairs: Array<[string, string]>; message: string; why: string; example: [string, string]; allow: string };
}

const STARTERS: Record<string, Starter> = {
  es: {
    comment: 'Compruébalo con',
    phrase: {
      phrases: ['no se preocupe', 'no te preocupes'],
      message: '“{text}” puede sonar despreocupado si el cliente está preocupado.',
      why: 'Di qué has hecho; tranquiliza más que quitarle importancia.',
      suggest: 'ya me he ocupado',
      example: ['No te preocupes, son cosas que pasan.', 'No te preocupes'],
      allow: 'Ya me he ocupado del cambio.',
    },
    swap: {
      pairs: [
        ['id de espacio', 'número de cuenta'],
        ['sev1', 'incidencia urgente'],
      ],
      message: 'El cliente no conoce “{text}”; prueba con otra palabra.',
      why: 'El cliente no debería necesitar nuestro vocabulario interno.',
      example: ['Envíame tu id de espacio, por favor.', 'id de espacio'],
      allow: 'Envíame tu número de cuenta, por favor.',
    },
  },
  fr: {
    comment: 'Vérifiez-le avec',
    phrase: {
      phrases: ['pas de souci', 'pas de soucis'],
      message: '« {text} » peut sembler désinvolte quand le client est inquiet.',
      why: "Dites ce que vous avez fait : c'est plus rassurant.",
      suggest: "je m'en suis occupé",
      example: ['Pas de souci, ça arrive.', 'Pas de souci'],
      allow: "Je m'en suis occupé ce matin.",
    },
    swap: {
      pairs: [
        ["id d'espace", 'numéro de compte'],
        ['sev1', 'incident urgent'],
      ],
      message: 'Le client ne connaît pas « {text} » ; essayez un autre mot.',
      why: 'Le client ne devrait pas avoir besoin de notre vocabulaire interne.',
      example: ["Envoyez-moi votre id d'espace.", "id d'espace"],
      allow: 'Envoyez-moi votre numéro de compte.',
    },
  },
  de: {
    comment: 'Prüfen mit',
    phrase: {
      phrases: ['kein Problem', 'keine Sorge'],
      message: '„{text}“ kann beiläufig klingen, wenn der Kunde besorgt ist.',
      why: 'Sagen Sie, was Sie getan haben; das beruhigt mehr.',
      suggest: 'ich habe mich darum gekümmert',
      example: ['Kein Problem, das passiert.', 'Kein Problem'],
      allow: 'Ich habe mich heute darum gekümmert.',
    },
    swap: {
      pairs: [
        ['Workspace-ID', 'Kundennummer'],
        ['Sev1', 'dringende Störung'],
      ],
      message: 'Kunden kennen „{text}“ nicht; versuchen Sie ein anderes Wort.',
      why: 'Kunden sollten unser internes Vokabular nie brauchen.',
      example: ['Schicken Sie mir bitte Ihre Workspace-ID.', 'Workspace-ID'],
      allow: 'Schicken Sie mir bitte Ihre Kundennummer.',
    },
  },
  pt: {
    comment: 'Confira com',
    phrase: {
      phrases: ['sem problemas', 'não se preocupe'],
      message: '“{text}” pode soar displicente quando o cliente está preocupado.',
      why: 'Diga o que você fez; tranquiliza mais.',
      suggest: 'já cuidei disso',
      example: ['Sem problemas, acontece.', 'Sem problemas'],
      allow: 'Já cuidei disso hoje de manhã.',
    },
    swap: {
      pairs: [
        ['id do workspace', 'número da conta'],
        ['sev1', 'incidente urgente'],
      ],
      message: 'O cliente não conhece “{text}”; tente outra palavra.',
      why: 'O cliente nunca deveria precisar do nosso vocabulário interno.',
      example: ['Me envie o id do workspace, por favor.', 'id do workspace'],
      allow: 'Me envie o número da conta, por favor.',
    },
  },
};

export const STARTER_LANGUAGES = ['en', ...Object.keys(STARTERS)];

const q = (s: string) => JSON.stringify(s);

export function localStarterPack(id: string, name: string, language: string): string | undefined {
  const s = STARTERS[language];
  if (!s) return undefined;
  return `# yaml-language-server: $schema=./pack.schema.json
# ${name}. ${s.comment} "npx empathy-coach test ${id}.yaml".
id: ${id}
name: ${q(name)}
version: 0.1.0
language: ${language}
rules:
  - id: reassure
    kind: phrase
    category: tone
    severity: hint
    phrases: [${s.phrase.phrases.map(q).join(', ')}]
    message: ${q(s.phrase.message)}
    why: ${q(s.phrase.why)}
    suggest: [${q(s.phrase.suggest)}]
    examples:
      - text: ${q(s.phrase.example[0])}
        flags: ${q(s.phrase.example[1])}
    allows:
      - ${q(s.phrase.allow)}

  - id: glossary
    kind: swap
    category: jargon
    severity: suggestion
    swap:
${s.swap.pairs.map(([from, to]) => `      ${q(from)}: ${q(to)}`).join('\n')}
    message: ${q(s.swap.message)}
    why: ${q(s.swap.why)}
    examples:
      - text: ${q(s.swap.example[0])}
        flags: ${q(s.swap.example[1])}
    allows:
      - ${q(s.swap.allow)}
`;
}
