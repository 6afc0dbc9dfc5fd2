package org.hilf.annotate.ar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;

/**
 * Recognises actors in Arabic text: states, organizations, alliances and people from the
 * gazetteer (with clitics, spelling variants and inflected adjectives), bodies by pattern
 * ("الخارجية الصينية"), people by title (a titled name, or the office holder on the article's
 * date), capitals standing for their state, and "الحلف" for the article's alliance.
 * The recognition of one article is an {@link ArabicActorPass}, which reads titles and the people
 * they name with {@link ArabicTitledPeople} and places with {@link ArabicPlaces}.
 * Thread-safe: all state of one article lives in its pass.
 */
public final class ArabicActorRecognizer implements Annotator {
    /** Confidence of a person named only by a title and resolved through the terms of office. */
    static final double TITLE_CONFIDENCE = 0.8;
    /** Confidence of a name matched only by its consonant skeleton ({@link NameSkeleton}). */
    static final double FUZZY_CONFIDENCE = 0.7;
    /** Share of an article's alliance mentions one alliance needs before "الحلف" stands for it. */
    static final double ANAPHOR_DOMINANCE = 0.6;

    final ArabicResources res;
    final TitleMatcher titles;
    final BodyMatcher bodies;
    /** Words that stand for the article's alliance ("الحلف"). */
    final Set<String> anaphors;
    /**
     * The bit of {@link #anaphors} among the clitics' {@link FirstWords}: a token none of whose
     * readings is an anaphor is passed over without looking each reading up.
     */
    final int anaphorBit;
    final Set<String> deputies;
    /** Words that open an occupation's field before the name ({@code lexicon/ar/occupation_links.tsv}: "الباحث في الشؤون الأمنية X"), folded. */
    final Set<String> fieldOpeners;
    /** Words that open the body of an occupation before the name ({@code occupation_links.tsv}: "القيادي في حماس X"), folded. */
    final Set<String> bodyOpeners;
    final ArabicCommentators commentators;
    /** Words that bind the next word into a new name ({@code lexicon/ar/name_particles.txt}: "عبد الرحمن"، "ولد بلال"), folded. */
    final Set<String> nameParticles;
    final ArabicNamesBeforeTitles namesBeforeTitles;
    final ArabicEnvoyPosts envoyPosts;
    private final ArabicHomeMinisters homeMinisters;

    public ArabicActorRecognizer(ArabicResources res) {
        this.res = res;
        this.titles = new TitleMatcher(res);
        this.bodies = new BodyMatcher(res);
        this.anaphors = Set.copyOf(res.fold(Tsv.words("lexicon/alliance_anaphors.txt")));
        this.anaphorBit = res.clitics.firstWords.newSet(anaphors);
        this.deputies = Set.copyOf(res.fold(Tsv.words("lexicon/deputy_words.txt")));
        List<Tsv.Row> links = Tsv.read("lexicon/ar/occupation_links.tsv");
        this.fieldOpeners = links.stream().filter(r -> r.list("opens").contains("field"))
                .map(r -> res.normalizer.normalize(r.required("word"))).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.bodyOpeners = links.stream().filter(r -> r.list("opens").contains("body"))
                .map(r -> res.normalizer.normalize(r.required("word"))).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.commentators = new ArabicCommentators(res, fieldOpeners);
        this.nameParticles = Set.copyOf(res.fold(Tsv.words("lexicon/ar/name_particles.txt")));
        this.namesBeforeTitles = new ArabicNamesBeforeTitles(res);
        this.envoyPosts = new ArabicEnvoyPosts(res);
        this.homeMinisters = new ArabicHomeMinisters(res);
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.CONTENT, Keys.SENTENCES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ACTORS, Keys.NEW_ENTITIES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        ArabicActorPass pass = new ArabicActorPass(this, doc);
        List<ActorMention> all = new ArrayList<>();
        if ("ar".equals(doc.article().language())) {
            NormalizedText text = res.folded(doc);
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                pass.sentence(res.tokenizer.tokens(text, s.start(), s.end()));
            }
            all.addAll(EarlyShortForms.admitted(pass.mentions, pass.early, pass.seenPeople.keySet()));
            homeMinisters.assign(doc, text, pass.newEntities, all);
        }
        doc.set(Keys.NEW_ENTITIES, Map.copyOf(pass.newEntities));
        doc.set(Keys.ACTORS, List.copyOf(NationalNamesakes.without(doc, res, all)));
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
