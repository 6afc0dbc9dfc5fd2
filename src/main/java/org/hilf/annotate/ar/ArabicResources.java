package org.hilf.annotate.ar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Tsv;

/**
 * The Arabic lexicons and the gazetteer index, loaded once and shared by the Arabic annotators.
 * Every word list is folded with {@link ArabicNormalizer} when loaded. Immutable, thread-safe.
 */
public final class ArabicResources {
    public final ArabicNormalizer normalizer = new ArabicNormalizer();
    /** Gives each token its readings of {@link #clitics} as it makes it. */
    public final Tokenizer tokenizer;
    public final Clitics clitics;
    public final Gazetteer gazetteer;
    public final AliasIndex aliases;
    /** The office holders by the last word of their names ("الرئيس عون"). */
    final OfficeSurnames surnames;
    public final Set<String> stopwords;
    /** Common Arabic given names: never a short form alone ({@code data/lexicon/ar/given_names.txt}), folded. */
    public final Set<String> givenNames;
    /** Honorifics a royal's given name alone may follow ({@code data/lexicon/ar/royal_honorifics.txt}: "الشيخ تميم"), folded. */
    public final Set<String> royalHonorifics;
    /** Words that report an event or speech, folded. */
    public final Set<String> reportWords;
    public final List<List<String>> honorifics;
    /** Words between a title and the name of its new holder ({@code lexicon/ar/new_holder_words.txt}: "الجديد"), folded. */
    public final Set<String> newHolderWords;
    /** Words for the two states just named ({@code lexicon/ar/state_duals.txt}: "البلدان"), folded. */
    public final Set<String> stateDuals;
    /** Of the words for the two actors just named, those for their sides, not their people ({@code lexicon/ar/side_duals.txt}: "الجانبان"). */
    public final Set<String> sideDuals;
    /** Region names: no actor is recognised inside them. */
    public final PhraseIndex<Boolean> regions;
    /** The date resolver (its patterns compiled once). */
    public final DateResolver dates;
    /**
     * Words that may stand in a title or description before a name ({@code lexicon/ar/title_words.txt},
     * the words of roles.tsv's Arabic forms, honorifics and role nouns), folded.
     */
    public final Set<String> titleWords;
    /** The words that introduce an actor phrase as a preposition's object ({@code lexicon/ar/prepositions.txt}), folded. */
    public final Set<String> prepositions;
    /** Folded place prepositions (token sequences joined by a space) → true when they apply to capitals only. */
    public final Map<String, Boolean> placePrepositions;
    /**
     * The last words of the place prepositions of more than one word ("من" of "بالقرب من"): only
     * after one of them are the words before a name joined and read as a longer preposition.
     */
    public final Set<String> longerPlacePrepositionEnds;

    public ArabicResources(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.clitics = new Clitics(normalizer);
        this.tokenizer = new Tokenizer(clitics);
        this.aliases = new AliasIndex(gazetteer, normalizer, clitics);
        this.surnames = new OfficeSurnames(gazetteer, normalizer);
        this.stopwords = new HashSet<>(fold(Tsv.words("lexicon/stopwords.txt")));
        this.givenNames = Set.copyOf(fold(Tsv.words("lexicon/ar/given_names.txt")));
        this.royalHonorifics = Set.copyOf(fold(Tsv.words("lexicon/ar/royal_honorifics.txt")));
        this.stateDuals = Set.copyOf(fold(Tsv.words("lexicon/ar/state_duals.txt")));
        this.sideDuals = Set.copyOf(fold(Tsv.words("lexicon/ar/side_duals.txt")));
        this.honorifics = fold(Tsv.words("lexicon/honorifics.txt")).stream().map(AliasIndex::split).toList();
        this.newHolderWords = Set.copyOf(fold(Tsv.words("lexicon/ar/new_holder_words.txt")));
        this.regions = phrases("lexicon/regions.txt");
        this.prepositions = Set.copyOf(fold(Tsv.words("lexicon/ar/prepositions.txt")));
        this.dates = new DateResolver(normalizer);
        Map<String, Boolean> preps = new HashMap<>();
        for (Tsv.Row r : Tsv.read("lexicon/place_prepositions.tsv")) {
            preps.put(normalizer.normalize(r.required("word")), "capital".equals(r.get("applies_to")));
        }
        this.placePrepositions = Map.copyOf(preps);
        this.longerPlacePrepositionEnds = preps.keySet().stream().filter(k -> k.contains(" "))
                .map(k -> k.substring(k.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.titleWords = Set.copyOf(titleWords());
        this.reportWords = Set.copyOf(reportWords());
    }

    /**
     * The words that report an event or speech (the triggers of {@code frames.tsv}, the forms of
     * {@code speech.tsv}), folded: no new person's name contains one ("رئيس الوزراء الهندي يعقدان محادثات").
     */
    private Set<String> reportWords() {
        Set<String> words = new HashSet<>();
        for (Tsv.Row r : Tsv.read("lexicon/ar/frames.tsv")) {
            for (String t : r.required("trigger").split("\\|")) {
                words.addAll(AliasIndex.split(normalizer.normalize(t.strip())));
            }
        }
        for (Tsv.Row r : Tsv.read("lexicon/speech.tsv")) {
            for (String f : r.list("forms_ar")) {
                words.addAll(AliasIndex.split(normalizer.normalize(f)));
            }
        }
        words.removeAll(titleWords);
        return words;
    }

    private Set<String> titleWords() {
        Set<String> words = new HashSet<>();
        for (String w : Tsv.words("lexicon/ar/title_words.txt")) {
            words.addAll(AliasIndex.split(normalizer.normalize(w)));
        }
        for (Tsv.Row r : Tsv.read("lexicon/roles.tsv")) {
            for (String f : r.list("forms_ar")) {
                words.addAll(AliasIndex.split(normalizer.normalize(f)));
            }
            for (String f : r.list("construct_ar")) {
                words.addAll(AliasIndex.split(normalizer.normalize(f)));
            }
        }
        for (List<String> h : honorifics) {
            words.addAll(h);
        }
        fold(Tsv.words("lexicon/role_nouns.txt")).forEach(w -> words.addAll(AliasIndex.split(w)));
        // a preposition inside a title ("مفوض السلم والأمن في …") introduces what follows; it is no title word
        words.removeAll(prepositions);
        return words;
    }

    /** The folded text of an article, computed once per article and kept as a layer of it. */
    public static final org.hilf.annotate.Key<NormalizedText> FOLDED = new org.hilf.annotate.Key<>("ar-folded", NormalizedText.class);

    public NormalizedText folded(org.hilf.annotate.AnnotatedArticle doc) {
        return folded(doc, normalizer);
    }

    /** As {@link #folded(org.hilf.annotate.AnnotatedArticle)}, for an annotator that has the normalizer alone. */
    public static NormalizedText folded(org.hilf.annotate.AnnotatedArticle doc, ArabicNormalizer normalizer) {
        if (!doc.has(FOLDED)) {
            doc.set(FOLDED, NormalizedText.of(doc.text(), normalizer));
        }
        return doc.get(FOLDED);
    }

    /** A word list of phrases (data/lexicon/…), folded and indexed by first word. */
    public PhraseIndex<Boolean> phrases(String lexicon) {
        PhraseIndex<Boolean> idx = new PhraseIndex<>(clitics, false);
        fold(Tsv.words(lexicon)).forEach(w -> idx.add(AliasIndex.split(w), Boolean.TRUE));
        return idx;
    }

    /** An actor of the gazetteer, or one this article introduced (a new person, a ministry); null if neither. */
    public org.hilf.annotate.Entity entity(org.hilf.annotate.AnnotatedArticle doc, String id) {
        return gazetteer.entity(doc, id);
    }

    public boolean isPerson(org.hilf.annotate.AnnotatedArticle doc, String id) {
        org.hilf.annotate.Entity e = entity(doc, id);
        return e != null && e.type() == org.hilf.annotate.EntityType.PERSON;
    }

    /** Folds every entry of a word list. */
    public List<String> fold(List<String> words) {
        return words.stream().map(normalizer::normalize).toList();
    }

    /** True when tokens [i, i + words.size()) are {@code words}. */
    public static boolean at(List<Token> tokens, int i, List<String> words) {
        if (i < 0 || i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The longest reading at token k that is a state's adjective of nationality ("العراقية"، "الكيني"), or null. */
    public AliasIndex.Match stateAdjectiveAt(List<Token> tokens, int k) {
        return aliases.matchesAt(tokens, k).stream()
                .filter(m -> m.entry().kind() == org.hilf.annotate.Gazetteer.FormKind.ADJECTIVE && m.entry().entityId().startsWith("state/"))
                .findFirst().orElse(null);
    }

    /** "ووزير"، "والرئيس": a title word after a conjunction (a name before it ends there). */
    public boolean conjoinedTitle(String token) {
        // the conjunction's own reading ("ووزير"), not a title that begins with the letter ("ولي العهد")
        return clitics.readings(token).stream().anyMatch(r -> r.prefix().equals("و") && titleWords.contains(r.word()));
    }

    /** True when every word of tokens [from, to) is a common given name of given_names.txt ("محمد حسن"). */
    public boolean givenNamesOnly(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!givenNames.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return to > from;
    }

    /** A word of a title or honorific ("المستشار"، "السفير"), with or without a conjunction. */
    public boolean titleWord(String token) {
        return clitics.readings(token).stream().anyMatch(r -> PhraseIndex.conjunctionOnly(r) && titleWords.contains(r.word()));
    }
}
