package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.ActorMention.Role;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Span;

/**
 * The recognition of one article's actors for {@link ArabicActorRecognizer}: each token is tried
 * as a region's name, a title ({@link ArabicTitledPeople}), a body, then a name of the gazetteer,
 * a short name this article introduced or a spelling of a known name. Holds what the article has
 * named so far; used by one thread.
 */
final class ArabicActorPass {
    final ArabicActorRecognizer recognizer;
    final ArabicResources res;
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
    /** First words that are common given names, of people named in full so far (folded word → person id, "" when two share it). */
    final Map<String, String> givenNameHolders = new HashMap<>();
    final Map<String, Integer> allianceCounts = new HashMap<>();
    /** People introduced by an occupation ("الباحث …"), by the folded occupation word. */
    final Map<String, String> byOccupation = new HashMap<>();

    private final ArabicTitledPeople titled;
    private final ArabicPlaces places;

    ArabicActorPass(ArabicActorRecognizer recognizer, AnnotatedArticle doc) {
        this.recognizer = recognizer;
        this.res = recognizer.res;
        this.doc = doc;
        this.date = doc.get(Keys.ANCHOR).date();
        this.titled = new ArabicTitledPeople(this);
        this.places = new ArabicPlaces(res, doc);
    }

    void sentence(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            int next = region(tokens, i);
            if (next < 0) {
                next = recognizer.namesBeforeTitles.at(this, titled, tokens, i);
            }
            if (next < 0) {
                next = titled.title(tokens, i);
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

    int body(List<Token> tokens, int i) {
        BodyMatcher.Body b = recognizer.bodies.matchAt(tokens, i);
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
        List<AliasIndex.Match> matches = places.withCapitalsShadda(tokens, i, res.aliases.matchesAt(tokens, i));
        // "التحالف" stands for the article's alliance, unless it begins a longer name ("التحالف الأمريكي الياباني")
        boolean longer = !matches.isEmpty() && matches.get(0).to() - i > 1;
        // most tokens have no reading that is an anaphor: one bit says so (anaphor finds none in them)
        boolean mayBeAnaphor = !longer && res.clitics.mayBegin(tokens.get(i), recognizer.anaphorBit);
        for (Clitics.Reading r : mayBeAnaphor ? res.clitics.readings(tokens.get(i)) : Collections.<Clitics.Reading>emptyList()) {
            String antecedent = anaphor(r.word());
            if (antecedent != null) {
                add(tokens, i, i + 1, antecedent, Role.NAME, ArabicActorRecognizer.TITLE_CONFIDENCE, null, null,
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
                    if (places.isPlace(tokens, i, m, true)) {
                        add(tokens, i, m.to(), org.hilf.annotate.Entity.capitalOf(e.entityId()), Role.PLACE, 1.0, null, null, clitics(tokens.get(i), m));
                    } else {
                        add(tokens, i, m.to(), e.entityId(), Role.NAME, 1.0, null, null, clitics(tokens.get(i), m));
                    }
                    return m.to();
                case NAME:
                default:
                    Entity ent = res.gazetteer.entity(e.entityId()).orElseThrow();
                    Role role = ent.type() == EntityType.STATE && places.isPlace(tokens, i, m, false) ? Role.PLACE : Role.NAME;
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
        String royal = royal(tokens, i);
        if (royal != null) {
            add(tokens, i, i + 1, royal, Role.NAME, 1.0, null, null);
            return i + 1;
        }
        // a spelling no list has ("ينس ستولتنبيرج"): the same consonant skeleton as a known full name
        Object[] fuzzy = res.aliases.skeletonAt(tokens, i);
        if (fuzzy != null) {
            String person = (String) fuzzy[0];
            int end = i + (Integer) fuzzy[1];
            add(tokens, i, end, person, Role.NAME, ArabicActorRecognizer.FUZZY_CONFIDENCE, null, null);
            seenPeople.put(person, true);
            rememberNameParts(tokens, i, end, person); // its surname as this article spells it ("وأضاف بيلاوسوف")
            return end;
        }
        return -1;
    }

    /** The alliance "الحلف" stands for: the one that dominates the article's alliance mentions so far. */
    String anaphor(String word) {
        if (!recognizer.anaphors.contains(word)) {
            return null;
        }
        int total = allianceCounts.values().stream().mapToInt(Integer::intValue).sum();
        return allianceCounts.entrySet().stream()
                .filter(e -> e.getValue() >= total * ArabicActorRecognizer.ANAPHOR_DOMINANCE && total > 0)
                .map(Map.Entry::getKey).findFirst().orElse(null);
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
                if (r.stripped() || r.word().length() < 3 || res.stopwords.contains(r.word())) {
                    continue;
                }
                if (k == from && res.givenNames.contains(r.word())) {
                    givenNameHolders.merge(r.word(), personId, (a, b) -> a.equals(b) ? a : "");
                } else {
                    localShortNames.putIfAbsent(r.word(), personId);
                }
            }
        }
    }

    /**
     * The person a given name alone at token i stands for after a royal's honorific ("الشيخ تميم"):
     * the one person named in full so far whose first word it is; null when none or two are.
     */
    String royal(List<Token> tokens, int i) {
        String holder = i > 0 ? givenNameHolders.get(tokens.get(i).text()) : null;
        if (holder == null || holder.isEmpty()) {
            return null;
        }
        for (Clitics.Reading r : res.clitics.readings(tokens.get(i - 1).text())) {
            if (PhraseIndex.conjunctionOnly(r) && res.royalHonorifics.contains(r.word())) {
                return holder;
            }
        }
        return null;
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
