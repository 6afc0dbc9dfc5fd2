package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.CollectiveSpeakers;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;

/**
 * Documents and sources as speakers ({@code data/lexicon/ar/documents.tsv}; "بحسب X"): a statement "صادر عن" or "ل" a
 * body speaks for that body; a joint statement or a final communiqué with no issuer named speaks
 * for those {@link CollectiveSpeakers} finds. A document whose issuer cannot be told gives no
 * speaker at all, never the nearest actor. Stateless and thread-safe.
 */
final class ArabicDocuments {
    /** How many words after the document its issuer may be named ("بيان صادر اليوم عن …"). */
    private static final int ISSUER_WINDOW = 4;

    private final ArabicResources res;
    private final CollectiveSpeakers collective;
    private final ArabicUnnamedSources unnamedSources;
    /** A plain document names its issuer; the others may be issued together. */
    private enum Kind { PLAIN, JOINT, FINAL, GATHERING }

    private final PhraseIndex<Kind> documents;
    private final PhraseIndex<Boolean> groups;
    private final Set<String> skippable;
    /** {@code data/lexicon/ar/office_heads.txt}, folded: an office of the body named after it ("دائرة الاتصال في …"). */
    private final Set<String> officeHeads;
    /** {@code data/lexicon/ar/stating_verbs.txt}, folded. */
    private final Set<String> statingVerbs;
    /** "إعلان" folded: a declaration when a place names it. */
    private final String declaration;

    ArabicDocuments(ArabicResources res) {
        this.res = res;
        this.collective = new CollectiveSpeakers(res.gazetteer);
        this.unnamedSources = new ArabicUnnamedSources(res);
        this.documents = new PhraseIndex<>(res.clitics, false);
        this.groups = res.phrases("lexicon/ar/group_anaphors.txt");
        for (Tsv.Row r : Tsv.read("lexicon/ar/documents.tsv")) {
            Kind k = Kind.valueOf(r.required("kind").toUpperCase(java.util.Locale.ROOT));
            for (String f : r.list("forms_ar")) {
                documents.add(AliasIndex.split(res.normalizer.normalize(f)), k);
            }
        }
        // words between a document and its issuer: "صادر"، "الصادر عن"، "اليوم"، "لدائرة الاتصال في"
        skippable = Set.copyOf(res.fold(Tsv.words("lexicon/ar/issuer_gap_words.txt")));
        declaration = res.normalizer.normalize("إعلان");
        officeHeads = Set.copyOf(res.fold(Tsv.words("lexicon/ar/office_heads.txt")));
        statingVerbs = Set.copyOf(res.fold(Tsv.words("lexicon/ar/stating_verbs.txt")));
    }

    /**
     * "وأعلن القادة …"، "وأكد المجتمعون …": the group of the gathering just reported speaks, its
     * organizations after a summit (CollectiveSpeakers.group); null when no group word stands at
     * token i, empty when the events do not tell.
     */
    List<String> groupAt(AnnotatedArticle doc, Sentence s, List<Token> tokens, int i) {
        return groupWordAt(tokens, i) ? collective.group(doc, s) : null;
    }

    /** True when a group word of group_anaphors.txt ("القادة"، "المجتمعون") stands at token i. */
    private boolean groupWordAt(List<Token> tokens, int i) {
        return i < tokens.size() && groups.longestAt(tokens, i, ArabicDocuments::reading) != null;
    }

    /** True when a group word stands at token i right after a verb of stating_verbs.txt ("وشدد القادة الثلاثة على …"). */
    boolean statingGroupAt(List<Token> tokens, int i) {
        return i > 0 && groupWordAt(tokens, i) && res.clitics.readings(tokens.get(i - 1)).stream()
                .anyMatch(r -> statingVerbs.contains(r.word()) && PhraseIndex.conjunctionOnly(r));
    }

    /**
     * "وأكد الجانبان في البيان المشترك …"، "وأكد القادة، في البيان الختامي، …": a joint or final document
     * right after the subject (after "في") speaks for its issuers: the sides of the encounter it closes
     * rather than the two people just named. Null when no such document stands there or its issuers
     * cannot be told.
     */
    List<String> documentAfterSubject(AnnotatedArticle doc, Sentence s, List<Token> tokens, int subject) {
        for (int k = subject + 1; k < tokens.size() && k <= subject + 3; k++) {
            List<String> issuers = sharedIssuersAt(doc, s, tokens, k);
            if (issuers != null) {
                return issuers.isEmpty() ? null : issuers;
            }
        }
        return null;
    }

    /** The issuers of a joint or final document at token k (empty when the events do not tell); null when none stands there. */
    private List<String> sharedIssuersAt(AnnotatedArticle doc, Sentence s, List<Token> tokens, int k) {
        PhraseIndex.Hit<Kind> hit = documents.longestAt(tokens, k, ArabicDocuments::reading);
        if (hit == null || hit.value() == Kind.PLAIN || hit.value() == Kind.GATHERING) {
            return null;
        }
        return collective.of(doc, s, hit.value() == Kind.JOINT ? CollectiveSpeakers.Kind.JOINT : CollectiveSpeakers.Kind.FINAL);
    }

    /**
     * "صدر بيان مشترك … أكد فيه الجانبان …": a verb followed by "فيه" speaks through the joint or final
     * document named before it in the sentence. Null when there is none or its issuers cannot be told.
     */
    List<String> documentBefore(AnnotatedArticle doc, Sentence s, List<Token> tokens, int verb, int afterWord) {
        if (afterWord >= tokens.size() || !IN_IT.contains(tokens.get(afterWord).text())) {
            return null;
        }
        for (int k = verb - 1; k >= 0; k--) {
            List<String> issuers = sharedIssuersAt(doc, s, tokens, k);
            if (issuers != null) {
                return issuers.isEmpty() ? null : issuers;
            }
        }
        return null;
    }

    private static final Set<String> IN_IT = Set.of("فيه", "فيها"); // folded: in the document just named

    /**
     * True when a statement ("بيانا"، "بيانا مشتركا"، "بلاغا"، "إعلانا ختاميا") stands at token i: what a
     * verb like "أصدر" must issue to speak; a memorandum or a warrant ("مذكرة توقيف") says nothing.
     */
    boolean statementAt(List<Token> tokens, int i) {
        PhraseIndex.Hit<Kind> hit = i < tokens.size() ? documents.longestAt(tokens, i, ArabicDocuments::reading) : null;
        return hit != null && hit.value() != Kind.GATHERING && (hit.value() != Kind.PLAIN || STATEMENT_NOUNS.contains(hit.reading().word()));
    }

    /** Plain documents that are statements (folded). */
    private static final Set<String> STATEMENT_NOUNS = Set.of("بيان", "البيان", "بيانا", "بلاغ", "البلاغ", "بلاغا");

    /** True when a document noun, or a declaration named by its city, stands at token i. */
    boolean at(List<Token> tokens, int i, List<ActorMention> actors) {
        return i < tokens.size() && (documents.longestAt(tokens, i, ArabicDocuments::reading) != null || namedDeclarationAt(tokens, i, actors));
    }

    /**
     * "إعلان بغداد"، "“إعلان قازان”": "إعلان" before the name of a place, or opening a quotation of two
     * or three words, is the declaration a summit there adopted, not an announcement.
     */
    boolean namedDeclarationAt(List<Token> tokens, int i, List<ActorMention> actors) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).breakBefore()
                || res.clitics.readings(tokens.get(i)).stream().noneMatch(r -> declaration.equals(r.word()) && reading(r))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        boolean place = actors.stream().anyMatch(a -> a.span().start() >= next.start() && a.span().start() < next.end()
                && (a.entityId().startsWith("place/") || a.entityId().startsWith("state/")));
        boolean quoted = QUOTES.matcher(tokens.get(i).gapBefore()).find()
                && (i + 2 == tokens.size() || QUOTES.matcher(tokens.get(i + 2).gapBefore()).find()
                    || i + 3 <= tokens.size() && (i + 3 == tokens.size() || QUOTES.matcher(tokens.get(i + 3).gapBefore()).find()));
        return place || quoted;
    }

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"“”«»]");

    /**
     * "باعتماد “إعلان قازان” الذي دعا إلى …": a verb of speech at token w right after a relative pronoun
     * speaks for the document named before the pronoun; null when no document stands there.
     */
    List<String> relativeTo(AnnotatedArticle doc, Sentence s, List<Token> tokens, int w, List<ActorMention> actors) {
        if (w < 2 || !RELATIVE.contains(tokens.get(w - 1).text())) {
            return null;
        }
        for (int k = w - 2; k >= Math.max(0, w - 5); k--) {
            PhraseIndex.Hit<Kind> hit = documents.longestAt(tokens, k, ArabicDocuments::reading);
            if (hit != null && hit.to() == w - 1 && hit.value() != Kind.PLAIN && hit.value() != Kind.GATHERING) {
                return sharedIssuersAt(doc, s, tokens, k);
            }
            if (namedDeclarationAt(tokens, k, actors) && k + 2 >= w - 2) {
                return collective.of(doc, s, CollectiveSpeakers.Kind.FINAL);
            }
        }
        return null;
    }

    /** "الذي"، "التي" (folded). */
    static final Set<String> RELATIVE = Set.of("الذي", "التي");

    /** True when a document noun ends right before token w ("تبنى القادة إعلانا مشتركا يؤكد …": the document is the verb's subject). */
    boolean endsBefore(List<Token> tokens, int w) {
        for (int k = w - 1; k >= 0 && k >= w - 4; k--) {
            PhraseIndex.Hit<Kind> hit = documents.longestAt(tokens, k, ArabicDocuments::reading);
            if (hit != null && hit.to() == w) {
                return true;
            }
        }
        return false;
    }

    /** True when a plain document ("البيان"، not "البيان الختامي" nor "البيان المشترك") stands at token i. */
    boolean plainAt(List<Token> tokens, int i) {
        PhraseIndex.Hit<Kind> hit = i < tokens.size() ? documents.longestAt(tokens, i, ArabicDocuments::reading) : null;
        return hit != null && hit.value() == Kind.PLAIN;
    }

    /**
     * The speakers of a document noun at token i: its issuer when named within a few words, else,
     * for a joint or final document, the sides of the encounter it closes; an empty list when the
     * document tells no speaker; null when no document stands at token i, or when a plain document
     * names no issuer and is not the subject ("في بيان له، أكد الرئيس": the subject speaks).
     */
    List<String> issuersAt(AnnotatedArticle doc, Sentence s, List<Token> tokens, int i, List<ActorMention> actors,
                           boolean subject) {
        PhraseIndex.Hit<Kind> hit = i < tokens.size() ? documents.longestAt(tokens, i, ArabicDocuments::reading) : null;
        if (hit == null) {
            return namedDeclarationAt(tokens, i, actors) ? collective.of(doc, s, CollectiveSpeakers.Kind.FINAL) : null;
        }
        List<String> national = hit.value() == Kind.PLAIN ? JointIssuers.nationalJoint(res, tokens, hit.to(), actors) : List.of();
        if (!national.isEmpty()) {
            return national; // "بيان أمريكي أوكراني مشترك"
        }
        ActorMention issuer = issuerFrom(tokens, hit.to(), actors);
        if (issuer != null && objectAfterDefinite(hit, tokens, issuer)) {
            issuer = null; // "ودعا البيان مجلس الأمن إلى …": the council is what the statement calls on
        }
        if (issuer != null) { // "بيان مشترك صادر عن قادة الولايات المتحدة وقطر ومصر"; a medium's report tells no speaker
            return res.gazetteer.isMedia(issuer.entityId()) ? List.of() : JointIssuers.withCoordinated(res, doc.text(), issuer, actors);
        }
        return switch (hit.value()) {
            case PLAIN -> subject ? List.of() : null;
            case JOINT -> collective.of(doc, s, CollectiveSpeakers.Kind.JOINT);
            case FINAL -> collective.of(doc, s, CollectiveSpeakers.Kind.FINAL);
            case GATHERING -> subject ? collective.of(doc, s, CollectiveSpeakers.Kind.FINAL) : null;
        };
    }

    /** True when the actor stands right after a definite document with no "ل": a definite noun takes no genitive, so the actor is the verb's object ("بيان مجلس الأمن"، "البيان الختامي لقمة …" name issuers). */
    private boolean objectAfterDefinite(PhraseIndex.Hit<Kind> hit, List<Token> tokens, ActorMention actor) {
        int at = Tokenizer.indexAt(tokens, actor.span().start());
        return at == hit.to() && hit.reading().word().startsWith("ال")
                && res.clitics.readings(tokens.get(at)).stream().noneMatch(r -> r.prefix().endsWith("ل"));
    }

    /**
     * The first actor from token {@code from} on, past words of issuer_gap_words.txt only, within
     * {@link #ISSUER_WINDOW} words and before any punctuation; null when another word comes first.
     */
    private ActorMention issuerFrom(List<Token> tokens, int from, List<ActorMention> actors) {
        for (int j = from; j < tokens.size() && j < from + ISSUER_WINDOW && !tokens.get(j).breakBefore(); j++) {
            int at = j;
            ActorMention issuer = actors.stream()
                    .filter(a -> a.isActor() && Tokenizer.indexAt(tokens, a.span().start()) == at).findFirst().orElse(null);
            if (issuer != null) {
                return issuer;
            }
            if (res.clitics.readings(tokens.get(j)).stream().noneMatch(r -> skippable.contains(r.word()))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "بحسب مصادر دبلوماسية سنغالية"، "وفقا لبيان لوزارة الخارجية"، "بحسب ما أعلنته الخارجية الباكستانية"،
     * "حسب الكرملين": the source is named right after the word (after "ما أعلنه" and the like), or
     * there is no statement: "بحسب الاتفاق" names none, "بحسب وكالة مهر" only the medium.
     */
    List<String> according(AnnotatedArticle doc, Sentence s, List<Token> tokens, int p, List<ActorMention> actors,
                           ArabicSpeakers speakerFinder) {
        p = sourceAt(tokens, p);
        if (p >= tokens.size()) {
            return null;
        }
        List<String> issued = issuersAt(doc, s, tokens, p, actors, true);
        if (issued != null) {
            return issued.isEmpty() ? null : issued;
        }
        String unnamed = unnamedSources.sideOf(doc, tokens, p, actors);
        if (unnamed != null) {
            return List.of(unnamed);
        }
        int at = p;
        List<ActorMention> source = actors.stream()
                .filter(a -> a.isActor() && Tokenizer.indexAt(tokens, a.span().start()) == at).toList();
        if (source.isEmpty() && officeHeadAt(tokens, p)) {
            // "وفق ما أعلنته دائرة الاتصال في الرئاسة التركية": an office of a body speaks as the body it belongs to
            ActorMention body = issuerFrom(tokens, p + 1, actors);
            return body == null || res.isPerson(doc, body.entityId()) || res.gazetteer.isMedia(body.entityId()) ? null : List.of(body.entityId());
        }
        return source.isEmpty() ? null : speakerFinder.speakers(doc, tokens, p, source, tokens.get(p).start(), List.of());
    }

    /** True when a word of office_heads.txt ("دائرة"، "مكتب") stands at token p (within the sentence), with no clitic but "و". */
    boolean officeHeadAt(List<Token> tokens, int p) {
        return p < tokens.size() && res.clitics.readings(tokens.get(p)).stream().anyMatch(r -> officeHeads.contains(r.word()) && PhraseIndex.conjunctionOnly(r));
    }

    /** Where the source after "بحسب" at token p is named: after "ما أعلنته" ("بحسب ما أعلنته"، "وفق ما ذكرته": the verb's subject is the source). */
    static int sourceAt(List<Token> tokens, int p) {
        return p + 1 < tokens.size() && tokens.get(p).text().equals("ما") ? p + 2 : p;
    }

    private static boolean reading(Clitics.Reading r) {
        return PhraseIndex.conjunctionOnly(r) || r.prefix().equals("ل") || r.prefix().equals("ب") || r.prefix().equals("ول") || r.prefix().equals("وب");
    }
}
