/** French: the cues of a good reply, of a polite request and of the customer's feelings (tu and vous alike). */
import { defineLanguage } from './define';

const DONE = '(?:envoyé|remboursé|réinitialisé|mis à jour|corrigé|transmis|vérifié|annulé|appliqué|ajouté|traité|résolu|crédité|renvoyé|activé|débloqué|relancé)';

export const french = defineLanguage({
  code: 'fr',
  name: 'French',
  elementStarts: {
    greeting: ['bonjour', 'bonsoir', 'salut', 'coucou', 'cher', 'chère', 'chers', 'chères', 'madame', 'monsieur', 'merci (?:de|pour) (?:nous avoir (?:écrit|contactés?)|votre message|ton message|votre mail|ton mail|votre e-?mail)'],
    closing: ['cordialement', 'bien cordialement', 'bien à (?:vous|toi)', '(?:très )?bonne (?:journée|soirée|fin de journée|semaine)', 'bon week-?end', 'à bientôt', 'merci encore', 'encore merci', 'merci beaucoup', 'belle journée', 'sincères salutations', 'veuillez agréer', 'amicalement', 'salutations'],
  },
  elements: {
    acknowledgement: [
      'je (?:comprends|conçois|vois|devine|imagine) (?:tout à fait |parfaitement |bien |très bien )?(?:que|votre|ta|ton|vos|tes|combien|à quel point|la|le)',
      '(?:je suis|nous sommes) (?:vraiment |sincèrement |très )?(?:désolée?s?|navrée?s?) (?:que|de|pour|d)',
      'vous avez (?:tout à fait |entièrement )?raison', 'tu as (?:tout à fait |entièrement )?raison',
      "(?:c'est|ça doit être|cela doit être|ce doit être) (?:vraiment |très |tellement |si )?(?:frustrant|agaçant|pénible|stressant|inquiétant|décevant)",
      'merci (?:de|pour) (?:votre|ta) patience', 'merci de nous (?:avoir signalé|l\'avoir signalé|prévenir|avoir prévenus)', 'merci (?:de|pour) (?:nous )?(?:avoir expliqué|le signaler|ce signalement)',
      "ce n'est pas l'expérience",
    ],
    apology: ['désolée?s?', 'navrée?s?', 'excusez(?:-moi|-nous)?', 'excuse(?:-moi)?', 'pardon', 'toutes nos excuses', 'nos excuses', 'mes excuses', 'je m\'excuse', 'nous nous excusons', 'veuillez nous excuser', 'notre erreur'],
    thanks: ['merci', 'remercie', 'remercions', 'reconnaissante?s?'],
    'next-step': [
      'je vais', 'nous allons', 'on va', `(?:j'ai|nous avons|on a) (?:déjà |bien )?${DONE}`, '\\p{L}+(?:erai|erons|irai|irons|rai|rons)',
      '(?:je vous|je te|nous vous|nous te) (?:envoie|envoyons|écris|écrivons|tiens|tenons|rappelle|confirme|recontacte)', 'vous recevrez', 'tu recevras',
      '(?:vous pouvez|tu peux|vous pourrez|tu pourras) (?:essayer|cliquer|vous connecter|te connecter|voir|télécharger|accéder|consulter|retrouver)',
      "(?:j'ai|nous avons|on a|je vous ai|je t'ai|nous vous avons)(?: (?:déjà|bien|tout de même|aussi|également))? \\p{L}+(?:é|és|ée|ées|i|is|it)",
      '(?:je|nous) (?:vérifie|vérifions|regarde|regardons|relance|relançons|corrige|renvoie|rembourse|désactive|active|change|rappelle)', 'je vous conseille', 'je te conseille', 'répondez à ce mail', 'réponds à ce mail', 'dites-le-moi', 'dites-moi', 'dis-moi',
      'la prochaine étape', 'les prochaines étapes', "je m'en occupe", "nous nous en occupons", "je m'occupe",
    ],
    'time-frame': [
      "aujourd'hui", 'demain', 'ce (?:matin|soir|midi)', 'cet après-midi', 'cette semaine', 'immédiatement', 'tout de suite', 'dès (?:que possible|maintenant|demain)', 'sous peu',
      "(?:sous|dans|d'ici) (?:les prochaines |les prochains )?(?:\\d+|une|un|deux|trois|quelques) (?:minutes?|heures?|jours?(?: ouvrés| ouvrables)?|semaines?)",
      '\\d+ ?(?:minutes|heures|h|jours|semaines)', "(?:avant|d'ici|pour) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la fin de (?:la )?(?:journée|semaine)|midi|ce soir)",
    ],
    closing: ["n'hésitez pas", "n'hésite pas", '(?:je reste|nous restons|je suis|nous sommes) à (?:votre|ta) (?:entière )?disposition', '(?:si )?(?:vous avez|tu as) (?:besoin|d\'autres questions)', 'dites-moi si', 'dis-moi si', 'tenez-moi au courant', '(?:très )?bonne (?:journée|soirée|semaine)', 'bon week-?end'],
  },
  secondPerson: ['vous', 'votre', 'vos', 'tu', 'toi', 'te', 't', 'ton', 'ta', 'tes'],
  politeness: [
    { id: 'gratitude', label: 'thanks (“merci”)', weight: 0.45, anywhere: ['merci', 'remercie', 'remercions', 'remerciements', 'reconnaissante?s?', 'je vous en remercie'] },
    { id: 'deference', label: 'compliments first', weight: 0.35, starts: ['(?:bon|beau|excellent|super) travail', 'bravo', 'félicitations', 'chapeau', 'excellent', 'super', 'génial', 'très bien', 'intéressant'] },
    { id: 'greeting', label: 'greeting', weight: 0.25, starts: ['bonjour', 'bonsoir', 'salut', 'coucou', 'cher', 'chère', 'chers', 'chères', 'hello'] },
    { id: 'apology', label: 'apologises', weight: 0.25, anywhere: ['désolée?s?', 'navrée?s?', 'excusez(?:-moi|-nous)?', 'excuse(?:-moi)?', 'pardon', 'mes excuses', 'je m\'excuse', 'toutes mes excuses'], unless: ['désolée?,? mais'] },
    { id: 'indirect', label: 'indirect request (“je me demandais”, “cela vous dérangerait”)', weight: 0.3, anywhere: ['je me demandais', 'je me demande', 'est-ce que (?:cela|ça) (?:vous|te) dérange', '(?:cela|ça) (?:vous|te) dérangerait', 'serait-il possible', 'si possible', 'si (?:cela|ça) ne (?:vous|te) dérange pas', 'si vous (?:avez|pouvez|voulez)', 'si tu (?:as|peux|veux)', 'quand vous (?:aurez|pourrez)', 'quand tu (?:auras|pourras)', "j'aimerais", 'nous aimerions', 'je souhaiterais', "j'espère", 'en espérant', 'je voudrais'] },
    { id: 'counterfactual', label: 'asks with “pourriez-vous…?”', weight: 0.25, anywhere: ['pourriez', 'pourrais', 'pourrait', 'pourrions', 'voudriez', 'voudrais', 'auriez', 'aurais', 'serait', 'seriez', 'serais'] },
    { id: 'please', label: '“s’il vous plaît” inside the request', weight: 0.25, anywhere: ["s'il vous plaît", "s'il vous plait", "s'il te plaît", "s'il te plait", 'svp', 'stp', 'merci de', 'veuillez'] },
    { id: 'hedge', label: 'softened with a hedge', weight: 0.15, anywhere: ['je pense', 'je crois', 'il me semble', 'il semble', 'peut-être', 'probablement', 'sans doute', 'je suppose', 'je suggère', 'je propose', 'un peu', 'plutôt', 'si je ne me trompe', 'si je comprends bien', 'à mon avis', 'apparemment'] },
    { id: 'help', label: 'offers or asks for help', weight: 0.2, anywhere: ['aide', 'aider', "m'aider", 'vous aider', "t'aider", 'nous aider', 'conseil', 'conseils', 'suggestion', 'suggestions'] },
    { id: 'first-person-plural', label: 'says “we”', weight: 0.05, anywhere: ['nous', 'notre', 'nos', 'on'] },
    { id: 'please-start', label: 'opens with a bare “Merci de / Veuillez”', weight: -0.15, opening: true, starts: ['veuillez', "s'il vous pla[iî]t", "s'il te pla[iî]t"] },
    { id: 'second-person-start', label: 'opens with “tu / vous”', weight: -0.2, starts: ['tu', 'vous', 'ton', 'ta', 'tes', 'votre', 'vos'] },
    { id: 'factuality', label: 'insists (“en fait”, “évidemment”)', weight: -0.25, anywhere: ['en fait', 'en réalité', 'évidemment', 'de toute évidence', 'clairement', 'franchement', 'honnêtement', 'bien sûr que non', 'il est clair que', 'la vérité', 'vraiment\\s*\\?'] },
    { id: 'obligation', label: 'tells the reader what they must do', weight: -0.3, anywhere: ['tu dois', 'vous devez', 'il faut que tu', 'il faut que vous', 'tu devrais', 'vous devriez', 'tu es obligée?', 'vous êtes obligée?s?'] },
    { id: 'why', label: 'asks “pourquoi…?”', weight: -0.25, question: true, anywhere: ['pourquoi'], unless: ['pourquoi pas', 'pourquoi ne pas'] },
    { id: 'rhetorical', label: 'rhetorical question (“n’est-ce pas ?”)', weight: -0.3, question: true, anywhere: ["n'est-ce pas", 'non\\s*\\?', 'hein\\s*\\?', "tu ne (?:vois|comprends|sais) pas", "vous ne (?:voyez|comprenez|savez) pas"] },
    { id: 'stacked-marks', label: 'stacked “??” or “?!”', weight: -0.4, anywhere: ['\\?\\s*\\?', '\\?\\s*!', '!\\s*\\?', '!!'] },
    { id: 'direct-question', label: 'direct question opening', weight: -0.3, question: true, starts: ["qu'est-ce (?:que|qui)(?! (?:vous|tu) en pens)", 'que (?!pensez|penses)', 'quoi', 'qui', 'comment(?! (?:allez|vas|ça va))', 'où', 'quand', 'quel(?:le)?s?', 'combien'] },
    { id: 'direct-start', label: 'opens with “donc” / “mais”', weight: -0.3, opening: true, starts: ['donc', 'alors', 'et', 'mais', 'ou', 'bon', 'écoute', 'écoutez', 'sérieusement', 'encore'] },
    { id: 'command', label: 'gives an order', weight: -0.35, starts: ['arrête', 'arrêtez', 'cesse', 'cessez', 'ne (?:touche|touchez|supprime|supprimez|change|changez|reviens|revenez|refais)', 'explique', 'expliquez', 'dis-moi', 'donne-moi', 'lis', 'lisez', 'apprends', 'va-t-en', 'tais-toi', 'calme-toi', 'calmez-vous', 'respecte', 'respectez', 'annule', 'supprime', 'enlève', 'corrige', 'fais'] },
    { id: 'challenge', label: 'challenges the reader (“sérieusement ?”, “tu te prends pour qui ?”)', weight: -0.45, anywhere: ['sérieusement\\s*\\?', 'tu te moques', 'vous vous moquez', 'même pas', 'tu te prends pour qui', 'pour qui (?:tu te prends|vous vous prenez)', 'comment oses-tu', "c'est quoi (?:ton|votre|le) problème", "qu'est-ce qui (?:te|vous) prend", 'as-tu seulement lu', 'avez-vous seulement lu'] },
    { id: 'insult', label: 'insults or harsh words', weight: -0.5, anywhere: ['idiots?', 'stupides?', 'imbéciles?', 'crétins?', 'débiles?', 'nuls?', 'nulle', 'ridicules?', 'absurdes?', 'vandales?', 'vandalisme', 'n\'importe quoi', 'merde', 'connerie', 'cons?', 'honte', 'pathétiques?', 'menteurs?', 'ignorants?'] },
  ],
  customer: {
    frustrated: [
      [2, ["c'est la (?:deuxième|troisième|quatrième|énième) fois", 'à chaque fois', 'encore une fois', 'toujours pas', 'toujours rien', "ne fonctionne toujours", 'pour la (?:deuxième|troisième|énième) fois', "j'en ai marre", 'marre', 'ras-le-bol', 'frustrée?', 'frustrant', 'déçue?', 'agacée?', "j'attends depuis", 'personne ne (?:répond|m\'aide)', 'combien de fois']],
      [1, ['encore', 'toujours', 'semaines', 'jours', 'ne marche pas', 'ne fonctionne pas', 'cassé']],
    ],
    angry: [
      [3, ['inacceptable', 'scandaleux', 'honteux', 'inadmissible', 'arnaque', 'escroquerie', 'le pire', 'incompétents?', 'nuls?', 'une blague', 'furieux', 'furieuse', 'merde']],
      [2, ['résilier', 'annuler mon (?:compte|abonnement)', 'avocat', 'plainte', 'plus jamais', 'terrible', 'horrible', 'lamentable']],
    ],
    confused: [[2, ['je ne comprends pas', 'je comprends pas', 'je ne sais pas (?:comment|où|quoi|pourquoi)', 'perdue?', 'confuse?', "ça n'a aucun sens", 'comment (?:faire|puis-je|je fais)', 'où (?:est|trouver|puis-je)', 'que veut dire']], [1, ['expliquer', 'pas clair']]],
    anxious: [[2, ['inquiète?', "m'inquiète", 'inquiétude', 'stressée?', 'peur', 'angoissée?', 'paniquée?', 'piratée?', 'volée?', 'fraude', 'perdre (?:mon|mes|tout)']], [1, ['sécurisé', 'que se passe-t-il si']]],
    urgent: [[3, ['urgent(?:e|ement)?', 'au plus vite', 'immédiatement', 'tout de suite', 'urgence']], [2, ["aujourd'hui", "d'ici demain", 'dès que possible', 'délai', 'critique']]],
    happy: [[2, ['merci beaucoup', 'mille mercis', "j'adore", 'génial', 'excellent', 'parfait', 'formidable', 'super', 'ravie?']], [1, ['merci', 'contente?', 'heureux', 'heureuse']]],
  },
  negators: ['ne', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'ni', 'rien', 'plus'],
  warmSamples: ["Bonjour Anne, merci pour votre patience : malheureusement nous vérifions encore et je vous écris aujourd'hui.", "Vous avez raison et j'en suis désolée, nous allons le corriger ; ce n'est pas possible aujourd'hui."],
});
