package org.hilf.annotate.ar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.ActorMention.Role;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Recognises actors in Arabic text: states, organizations, alliances and people from the
 * gazetteer (with clitics, spelling variants and inflected adjectives), bodies by pattern
 * ("الخارجية الصينية"), people by title (a titled name, or the office holder on the article's
 * date), capitals standing for their state, and "الحلف" for the article's alliance.
 * Thread-safe: all state of one article lives in a {@link Pass}.
 */
public final class ArabicActorRecognizer implements Annotator {
    /** Confidence of a person named only by a title and resolved through the terms of office. */
    static final double TITLE_CONFIDENCE = 0.8;
    /** Confidence of a name matched only by its consonant skeleton ({@link NameSkeleton}). */
    static final double FUZZY_CONFIDENCE = 0.7;
    /** Share of an article's alliance mentions one alliance needs before "الحلف" stands for it. */
    static final double ANAPHOR_DOMINANCE = 0.6;

    private final ArabicResources res;
    private final TitleMatcher titles;
    private final BodyMatcher bodies;
    private final Set<String> anaphors;
    private final Set<String> deputies;

    public ArabicActorRecognizer(ArabicResources res) {
        this.res = res;
        this.titles = new TitleMatcher(res);
        this.bodies = new BodyMatcher(res);
        this.anaphors = Set.copyOf(res.fold(Tsv.words("lexicon/alliance_anaphors.txt")));
        this.deputies = Set.copyOf(res.fold(Tsv.words("lexicon/deputy_words.txt")));
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.CONTENT, Keys.SENTENCES, Keys.ANCHOR); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ACTORS, Keys.NEW_ENTITIES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        Pass pass = new Pass(doc);
        if ("ar".equals(doc.article().language())) {
            NormalizedText text = res.folded(doc);
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                pass.sentence(res.tokenizer.tokens(text, s.start(), s.end()));
            }
        }
        doc.set(Keys.NEW_ENTITIES, Map.copyOf(pass.newEntities));
        List<ActorMention> all = EarlyShortForms.admitted(pass.mentions, pass.early, pass.seenPeople.keySet());
        doc.set(Keys.ACTORS, List.copyOf(NationalNamesakes.without(doc, res, all)));
    }

    /** The recognition of one article. */
    private final class Pass {
        final AnnotatedArticle doc;
        final LocalDate date;
        final List<ActorMention> mentions = new ArrayList<>();
        final Map<String, Entity> newEntities = new LinkedHashMap<>();
        /** People named in full so far: their surnames may now stand alone. */
        final Map<String, Boolean> seenPeople = new HashMap<>();
        /** Short forms met before their person's full name ("السيسي يلتقي بوتين" over the body that names them). */
        final List<ActorMention> early = new ArrayList<>();
        /** Surnames of people first met in this article (folded surname → person id). */
        final Map<String, String> localShortNames = new HashMap<>();
        final Map<String, Integer> allianceCounts = new HashMap<>();
        /** People introduced by an occupation ("الباحث …"), by the folded occupation word. */
        final Map<String, String> byOccupation = new HashMap<>();

        Pass(AnnotatedArticle doc) {
            this.doc = doc;
            this.date = doc.get(Keys.ANCHOR).date();
        }

        void sentence(List<Token> tokens) {
            int i = 0;
            while (i < tokens.size()) {
                int next = region(tokens, i);
                if (next < 0) {
                    next = title(tokens, i);
                }
                if (next < 0) {
                    next = body(tokens, i);
                }
                if (next < 0) {
                    next = name(tokens, i);
                }
                i = next < 0 ? i + 1 : next;
            }
        }

        /** A region's name ("المحيطين الهندي والهادئ"): skipped whole. Returns the token after it, or -1. */
        int region(List<Token> tokens, int i) {
            PhraseIndex.Hit<Boolean> hit = res.regions.longestAt(tokens, i, r -> true);
            return hit == null ? -1 : hit.to();
        }

        /** A title, and the person it names. Returns the token after it, or -1. */
        int title(List<Token> tokens, int i) {
            TitleMatcher.Title t = titles.matchAt(tokens, i, this::anaphor);
            if (t == null) {
                return -1;
            }
            int j = skipHonorific(tokens, t.to());
            boolean honorific = j > t.to();
            String titleText = text(tokens, t.from(), t.to());
            // a known person right after the title: "رئيس الوزراء فوميو كيشيدا"، "الرئيس يول"
            if (j < tokens.size()) {
                for (AliasIndex.Match m : res.aliases.matchesAt(tokens, j)) {
                    Entity e = res.gazetteer.entity(m.entry().entityId()).orElse(null);
                    if (e != null && e.type() == EntityType.PERSON && !m.firstReading().stripped()) {
                        String aff = t.affiliationId() != null ? t.affiliationId()
                                : res.gazetteer.affiliationOn(e.id(), date).orElse(null);
                        add(tokens, j, m.to(), e.id(), Role.NAME, 1.0, titleText, aff);
                        seenPeople.put(e.id(), true);
                        rememberNameParts(tokens, j, m.to(), e.id());
                        return m.to();
                    }
                }
                String local = localShortNames.get(tokens.get(j).text());
                if (local != null) {
                    add(tokens, j, j + 1, local, Role.NAME, 1.0, titleText, t.affiliationId());
                    return j + 1;
                }
                // a spelling no list has, after its title ("نظيره القرغيزي صادر جاباروف")
                Object[] fuzzy = res.aliases.skeletonAt(tokens, j);
                if (fuzzy != null) {
                    String person = (String) fuzzy[0];
                    String aff = t.affiliationId() != null ? t.affiliationId() : res.gazetteer.affiliationOn(person, date).orElse(null);
                    add(tokens, j, j + (Integer) fuzzy[1], person, Role.NAME, FUZZY_CONFIDENCE, titleText, aff);
                    seenPeople.put(person, true);
                    return j + (Integer) fuzzy[1];
                }
            }
            // a new name in apposition: "الباحث الكوري الشمالي، كيم تونج ميونج،"
            int end = newName(tokens, j, honorific);
            if (end > j && (t.affiliationId() != null || !t.isOffice())) {
                Entity person = newPerson(tokens, j, end, titleText, t.affiliationId());
                if (!t.isOffice()) {
                    byOccupation.put(t.head(), person.id());
                }
                add(tokens, j, end, person.id(), Role.NAME, 1.0, titleText, t.affiliationId());
                return end;
            }
            // an occupation alone ("الباحث") is the person this article introduced with it
            if (!t.isOffice() && t.affiliationId() == null) {
                String earlier = byOccupation.get(t.head());
                if (earlier != null) {
                    add(tokens, t.from(), t.to(), earlier, Role.NAME, TITLE_CONFIDENCE, titleText, null,
                            Clitics.prefixLength(tokens.get(t.from()).text(), t.head()));
                    return t.to();
                }
            }
            // the title alone stands for whoever held the office on the article's date, unless it is a
            // deputy's or a former holder's ("مساعد وزير الدفاع"، "وزير الدفاع السابق")
            boolean subordinate = (t.from() > 0 && deputies.contains(tokens.get(t.from() - 1).text()))
                    || (t.to() < tokens.size() && deputies.contains(tokens.get(t.to()).text()));
            if (subordinate) {
                return t.to();
            }
            if (t.isOffice() && t.affiliationId() != null && date != null) {
                Entity holder = res.gazetteer.holder(t.role(), t.affiliationId(), date).orElse(null);
                if (holder != null) {
                    add(tokens, t.from(), t.to(), holder.id(), Role.NAME, TITLE_CONFIDENCE, titleText, t.affiliationId(),
                            Clitics.prefixLength(tokens.get(t.from()).text(), t.head()));
                    seenPeople.put(holder.id(), true);
                }
                return t.to();
            }
            return t.affiliationId() != null ? t.to() : -1;
        }

        int body(List<Token> tokens, int i) {
            BodyMatcher.Body b = bodies.matchAt(tokens, i);
            if (b == null) {
                return -1;
            }
            if (res.gazetteer.entity(b.entity().id()).isEmpty()) {
                newEntities.putIfAbsent(b.entity().id(), b.entity());
            }
            add(tokens, b.from(), b.to(), b.entity().id(), Role.NAME, 1.0, null, null, b.clitics());
            return b.to();
        }

        int name(List<Token> tokens, int i) {
            List<AliasIndex.Match> matches = withCapitalsShadda(tokens, i, res.aliases.matchesAt(tokens, i));
            // "التحالف" stands for the article's alliance, unless it begins a longer name ("التحالف الأمريكي الياباني")
            boolean longer = !matches.isEmpty() && matches.get(0).to() - i > 1;
            for (Clitics.Reading r : longer ? List.<Clitics.Reading>of() : res.clitics.readings(tokens.get(i))) {
                String antecedent = anaphor(r.word());
                if (antecedent != null) {
                    add(tokens, i, i + 1, antecedent, Role.NAME, TITLE_CONFIDENCE, null, null,
                            Clitics.prefixLength(tokens.get(i).text(), r.word()));
                    return i + 1;
                }
            }
            String local = localShortNames.get(tokens.get(i).text());
            for (AliasIndex.Match m : matches) {
                AliasIndex.Entry e = m.entry();
                switch (e.kind()) {
                    case SHORT:
                        if (!seenPeople.containsKey(e.entityId())) {
                            early.add(mention(tokens, i, m.to(), e.entityId(), Role.NAME, 1.0, null, null, clitics(tokens.get(i), m)));
                            continue;
                        }
                        add(tokens, i, m.to(), e.entityId(), Role.NAME, 1.0, null, null, clitics(tokens.get(i), m));
                        return m.to();
                    case ADJECTIVE:
                        add(tokens, i, m.to(), e.entityId(), Role.ATTRIBUTE, 1.0, null, null, clitics(tokens.get(i), m));
                        return m.to();
                    case PLACE:
                        add(tokens, i, m.to(), e.entityId(), Role.PLACE, 1.0, null, null, clitics(tokens.get(i), m));
                        return m.to();
                    case CAPITAL:
                        if (isPlace(tokens, i, m, true)) {
                            add(tokens, i, m.to(), capitalOf(e.entityId()), Role.PLACE, 1.0, null, null, clitics(tokens.get(i), m));
                        } else {
                            add(tokens, i, m.to(), e.entityId(), Role.NAME, 1.0, null, null, clitics(tokens.get(i), m));
                        }
                        return m.to();
                    case NAME:
                    default:
                        Entity ent = res.gazetteer.entity(e.entityId()).orElseThrow();
                        Role role = ent.type() == EntityType.STATE && isPlace(tokens, i, m, false) ? Role.PLACE : Role.NAME;
                        add(tokens, i, m.to(), e.entityId(), role, 1.0, null, null, clitics(tokens.get(i), m));
                        seenPeople.put(ent.id(), true); // its short forms may now stand alone
                        if (ent.type() == EntityType.PERSON) {
                            rememberNameParts(tokens, i, m.to(), ent.id());
                        }
                        if (ent.type() == EntityType.ALLIANCE) {
                            allianceCounts.merge(ent.id(), 1, Integer::sum);
                        }
                        return m.to();
                }
            }
            if (local != null) {
                add(tokens, i, i + 1, local, Role.NAME, 1.0, null, null);
                return i + 1;
            }
            // a spelling no list has ("ينس ستولتنبيرج"): the same consonant skeleton as a known full name
            Object[] fuzzy = res.aliases.skeletonAt(tokens, i);
            if (fuzzy != null) {
                String person = (String) fuzzy[0];
                int end = i + (Integer) fuzzy[1];
                add(tokens, i, end, person, Role.NAME, FUZZY_CONFIDENCE, null, null);
                seenPeople.put(person, true);
                return end;
            }
            return -1;
        }

        /** "في طوكيو"، "بطوكيو"، "إلى سيول": the state or capital as a location. */
        boolean isPlace(List<Token> tokens, int i, AliasIndex.Match m, boolean capital) {
            if (m.firstReading().prefix().equals("ب")) {
                return true;
            }
            if (capital && i >= 2 && res.placePrepositions.containsKey(tokens.get(i - 2).text())
                    && res.aliases.matchesAt(tokens, i - 1).stream().anyMatch(x -> x.entry().kind() == Gazetteer.FormKind.ADJECTIVE)) {
                return true; // "العاصمة الليتوانية، فيلنيوس"
            }
            for (int n = 1; n <= 3 && i - n >= 0; n++) {
                StringBuilder sb = new StringBuilder();
                for (int k = i - n; k < i; k++) {
                    sb.append(k > i - n ? " " : "").append(tokens.get(k).text());
                }
                String prev = sb.toString();
                for (Clitics.Reading r : res.clitics.readings(prev)) {
                    Boolean capitalOnly = res.placePrepositions.get(r.word());
                    if (capitalOnly != null && (capital || !capitalOnly) && !tokens.get(i).breakBefore()) {
                        return true;
                    }
                }
            }
            return false;
        }

        String capitalOf(String stateId) {
            return "place/capital-" + stateId.substring(stateId.indexOf('/') + 1);
        }

        /** The alliance "الحلف" stands for: the one that dominates the article's alliance mentions so far. */
        String anaphor(String word) {
            if (!anaphors.contains(word)) {
                return null;
            }
            int total = allianceCounts.values().stream().mapToInt(Integer::intValue).sum();
            return allianceCounts.entrySet().stream()
                    .filter(e -> e.getValue() >= total * ANAPHOR_DOMINANCE && total > 0)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        int skipHonorific(List<Token> tokens, int j) {
            for (List<String> h : res.honorifics) {
                if (ArabicResources.at(tokens, j, h)) {
                    return j + h.size();
                }
            }
            return j;
        }

        /**
         * The end of a new name starting at j, or j when there is none. A name is 1–4 words that
         * are not stopwords, not known names and not definite nouns, closed by punctuation or the
         * end of the sentence (after an honorific one word suffices: "الجنرال ناكاتاني").
         */
        int newName(List<Token> tokens, int j, boolean honorific) {
            int k = j;
            while (k < tokens.size() && k - j < 4) {
                Token t = tokens.get(k);
                if (k > j && t.breakBefore()) {
                    break;
                }
                String w = t.text();
                if (res.stopwords.contains(w) || res.reportWords.contains(w) || w.startsWith("ال") || w.length() < 2
                        || !res.aliases.matchesAt(tokens, k).isEmpty()
                        || Character.isDigit(w.charAt(0)) || w.chars().anyMatch(c -> c < 128)) {
                    break;
                }
                k++;
            }
            if (k == j) {
                return j;
            }
            boolean closed = k == tokens.size() || tokens.get(k).breakBefore();
            // one word before a stop is a noun as often as a name ("استقبل أمير قطر ضيفه.")
            if (closed && (k - j >= 2 || honorific)) {
                return k;
            }
            return honorific ? j + 1 : j;
        }

        /**
         * "عمّان": a word the text writes with a shadda, which folding drops, is the capital that is
         * written so, not the state it folds into ("عمان", Oman): the capital's readings go first.
         */
        private List<AliasIndex.Match> withCapitalsShadda(List<Token> tokens, int i, List<AliasIndex.Match> matches) {
            if (matches.size() < 2 || doc.text().substring(tokens.get(i).start(), tokens.get(i).end()).indexOf('\u0651') < 0) {
                return matches;
            }
            List<AliasIndex.Match> out = new ArrayList<>(matches);
            out.sort(Comparator.comparing(m -> m.entry().kind() != Gazetteer.FormKind.CAPITAL));
            return out;
        }

        /**
         * After a full name of two or more words, its first and last words may stand alone in this
         * article ("ماو نينج" … "وقالت ماو"): Chinese and Korean names put the family name first.
         * Words shorter than three letters ("لي") are common Arabic words and are not used, nor a first
         * word that is a common Arabic given name ("محمد" of "محمد بن زايد").
         */
        void rememberNameParts(List<Token> tokens, int from, int to, String personId) {
            if (to - from < 2) {
                return;
            }
            for (int k : new int[] {from, to - 1}) {
                String w = tokens.get(k).text();
                for (Clitics.Reading r : res.clitics.readings(w)) {
                    if (!r.stripped() && r.word().length() >= 3 && !res.stopwords.contains(r.word())
                            && !(k == from && res.givenNames.contains(r.word()))) {
                        localShortNames.putIfAbsent(r.word(), personId);
                    }
                }
            }
        }

        Entity newPerson(List<Token> tokens, int from, int to, String title, String affiliation) {
            StringBuilder folded = new StringBuilder();
            for (int k = from; k < to; k++) {
                folded.append(k > from ? " " : "").append(tokens.get(k).text());
            }
            String id = "person/ar-" + hash(folded.toString());
            Entity e = newEntities.computeIfAbsent(id, x -> new Entity(x, EntityType.PERSON,
                    doc.text().substring(tokens.get(from).start(), tokens.get(to - 1).end()), null, null, null, null,
                    affiliation, title));
            seenPeople.put(id, true);
            if (!res.givenNames.contains(tokens.get(from).text())) {
                localShortNames.putIfAbsent(tokens.get(from).text(), id);
            }
            localShortNames.putIfAbsent(tokens.get(to - 1).text(), id);
            return e;
        }

        void add(List<Token> tokens, int from, int to, String entityId, Role role, double confidence, String title,
                 String affiliation) {
            add(tokens, from, to, entityId, role, confidence, title, affiliation, 0);
        }

        /** A mention whose first word carries {@code clitics} folded characters of proclitics, left out of the span. */
        void add(List<Token> tokens, int from, int to, String entityId, Role role, double confidence, String title,
                 String affiliation, int clitics) {
            mentions.add(mention(tokens, from, to, entityId, role, confidence, title, affiliation, clitics));
        }

        ActorMention mention(List<Token> tokens, int from, int to, String entityId, Role role, double confidence,
                             String title, String affiliation, int clitics) {
            int s = skipFolded(tokens.get(from), clitics);
            int e = tokens.get(to - 1).end();
            return new ActorMention(new Span(s, e), doc.text().substring(s, e), entityId, role, confidence, title, affiliation);
        }

        /** The original offset after the first {@code n} folded characters of a token (and any marks on them). */
        int skipFolded(Token t, int n) {
            int i = t.start();
            int folded = 0;
            String text = doc.text();
            while (i < t.end() && folded < n) {
                folded += res.normalizer.fold(text.charAt(i)).length();
                i++;
            }
            while (i < t.end() && n > 0 && res.normalizer.fold(text.charAt(i)).isEmpty()) {
                i++; // a haraka or tatweel on the clitic ("وَ"، "الـ")
            }
            return i;
        }

        int clitics(Token t, AliasIndex.Match m) {
            return m.firstReading().stripped() ? Clitics.prefixLength(t.text(), m.firstReading().word()) : 0;
        }

        String text(List<Token> tokens, int from, int to) {
            return doc.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        }
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
