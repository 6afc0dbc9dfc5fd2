package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.Words;

/**
 * Resolves a definite head noun standing alone ({@code data/lexicon/ar/body_anaphors.txt}:
 * "الاتحاد"، "المنظمة"، "المجلس") to the organization the article named before it with a name
 * that begins with that noun ("مفوضية الاتحاد" after "الاتحاد الإفريقي" is the African Union's):
 * only when one organization has at least {@link ArabicActorRecognizer#ANAPHOR_DOMINANCE} of
 * those earlier mentions, and only where no actor was read already. Adds to the actors layer with
 * the confidence of a title resolution. Stateless after construction and thread-safe.
 */
public final class ArabicBodyAnaphora extends MentionResolver {
    private final ArabicResources res;
    /** The folded first word of each organization's Arabic name, without the article, by id. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> headOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** The folded first two words of each organization's longer Arabic name in the construct state, or "", by id. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> shortOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** Words before an organization's name a head noun governing it may stand, at most. */
    private static final int GOVERNING_REACH = 4;
    /** Marks a short name's key among the head nouns' in the counts. */
    private static final String SHORT = "2:";
    /** The folded head nouns, without the article ("اتحاد"، "منظمه"). */
    private final Set<String> heads;
    /**
     * The bit of the head nouns with the article ("الاتحاد") among the clitics' {@link FirstWords}:
     * every token is asked, and one none of whose readings is such a noun, which no reading could
     * resolve, is passed over by a bit kept with the token (a test of the word's ending against
     * every head, before, was 1 % of the Arabic annotation time).
     */
    private final int headBit;

    public ArabicBodyAnaphora(ArabicResources res) {
        this.res = res;
        this.heads = Set.copyOf(res.fold(Tsv.words("lexicon/ar/body_anaphors.txt")).stream()
                .map(w -> w.substring(2)).toList());
        this.headBit = res.clitics.firstWords.newSet(heads.stream().map(h -> "ال" + h).toList());
    }

    @Override
    List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date) {
        List<ActorMention> added = new ArrayList<>();
        NormalizedText text = res.folded(doc);
        Coverage covered = new Coverage(actors); // asked at every token
        Map<String, Map<String, Integer>> seen = new HashMap<>(); // head → organization → mentions so far
        Set<String> shortFirsts = new HashSet<>(); // the first words of the short names in seen
        int next = 0;
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                for (; next < actors.size() && actors.get(next).span().start() < t.start(); next++) {
                    ActorMention a = actors.get(next);
                    if (count(doc, a, seen, shortFirsts) && s.span().contains(a.span())) {
                        countGoverning(tokens, Tokenizer.indexAt(tokens, a.span().start()) - 1, a.entityId(), seen);
                    }
                }
                ActorMention shortName = shortName(doc, tokens, i, covered, seen, shortFirsts);
                if (shortName != null) {
                    added.add(shortName);
                    i++;
                    continue;
                }
                if (!res.clitics.mayBegin(t, headBit) || covered.covers(t.start(), t.end()) || adjectiveAfter(tokens, i)) {
                    continue; // a name already read; "الاتحاد السوفيتي"، "المنظمة الدولية": another body
                }
                for (Clitics.Reading r : res.clitics.readings(t)) {
                    String id = r.word().startsWith("ال") && !r.prefix().contains("ك")
                            ? dominant(seen.get(r.word().substring(2))) : null;
                    if (id != null) {
                        int clitic = Clitics.prefixLength(t.text(), r.word());
                        Span at = new Span(t.start() + clitic, t.end());
                        added.add(new ActorMention(at, doc.text().substring(at.start(), at.end()), id,
                                ActorMention.Role.NAME, ArabicActorRecognizer.TITLE_CONFIDENCE, null, null));
                        break;
                    }
                }
            }
        }
        return added;
    }

    /**
     * "مجلس التعاون" after "مجلس التعاون لدول الخليج العربية"، "منظمة شنغهاي" after "منظمة شنغهاي
     * للتعاون": the first two words of a longer name the article used, standing alone (no definite
     * adjective after them), for the organization that dominates the earlier mentions with those
     * two words; or null. {@code shortFirsts} holds the first words of the short names counted in
     * {@code seen}: most tokens begin none, and are refused before a key is made and looked up for
     * each of their readings (4 % of the Arabic annotation time).
     */
    private ActorMention shortName(AnnotatedArticle doc, List<Token> tokens, int i, Coverage covered,
                                   Map<String, Map<String, Integer>> seen, Set<String> shortFirsts) {
        if (shortFirsts.isEmpty() || i + 1 >= tokens.size() || tokens.get(i + 1).breakBefore() || adjectiveAfter(tokens, i + 1)
                || covered.covers(tokens.get(i).start(), tokens.get(i + 1).end())) {
            return null;
        }
        for (Clitics.Reading r : res.clitics.readings(tokens.get(i))) {
            if (r.prefix().contains("ك") || r.prefix().endsWith("ال") || r.word().startsWith("ال") || !shortFirsts.contains(r.word())) {
                continue;
            }
            String id = dominant(seen.get(SHORT + r.word() + " " + tokens.get(i + 1).text()));
            if (id != null) {
                Span at = new Span(tokens.get(i).start() + Clitics.prefixLength(tokens.get(i).text(), r.word()), tokens.get(i + 1).end());
                return new ActorMention(at, doc.text().substring(at.start(), at.end()), id,
                        ActorMention.Role.NAME, ArabicActorRecognizer.TITLE_CONFIDENCE, null, null);
            }
        }
        return null;
    }

    private static boolean adjectiveAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && !tokens.get(i + 1).breakBefore() && tokens.get(i + 1).text().startsWith("ال")
                && !NO_ADJECTIVES.contains(tokens.get(i + 1).text());
    }

    /**
     * "للمجلس العام المقبل"، "المنظمة اليوم"، "دول المنظمة التي احتضنتها أذربيجان": words of time and
     * relative pronouns after the noun, no adjective of it (folded).
     */
    private static final Set<String> NO_ADJECTIVES = Set.of("العام", "الشهر", "الاسبوع", "اليوم", "الليله", "الجاري", "الماضي",
            "التي", "الذي", "اللذان", "اللتان", "اللذين", "اللتين", "الذين", "اللواتي", "اللاتي");

    /**
     * "مجلس وزراء خارجية منظمة التعاون الإسلامي": a head noun a few words before an organization's
     * name governs it, and "المجلس" later is that organization's council, so the organization's.
     */
    private void countGoverning(List<Token> tokens, int before, String id, Map<String, Map<String, Integer>> seen) {
        for (int k = before; k >= 0 && before - k < GOVERNING_REACH; k--) {
            for (Clitics.Reading r : res.clitics.readings(tokens.get(k))) {
                String w = r.word().startsWith("ال") ? r.word().substring(2) : r.word();
                if (heads.contains(w) && !r.prefix().contains("ك")) {
                    seen.computeIfAbsent(w, x -> new HashMap<>()).merge(id, 1, Integer::sum);
                    return;
                }
            }
            if (tokens.get(k).breakBefore()) {
                return;
            }
        }
    }

    /** An organization's mention counts for the head noun its Arabic name begins with; false when it is no organization's. */
    private boolean count(AnnotatedArticle doc, ActorMention a, Map<String, Map<String, Integer>> seen, Set<String> shortFirsts) {
        if (a.role() != ActorMention.Role.NAME || a.entityId() == null) {
            return false;
        }
        Entity e = res.entity(doc, a.entityId());
        if (e == null || e.labelAr() == null || e.type() != EntityType.ORGANIZATION && e.type() != EntityType.ALLIANCE) {
            return false;
        }
        String head = headOf.computeIfAbsent(e.id(), id -> {
            String first = res.normalizer.normalize(Words.split(e.labelAr().strip())[0]);
            return first.startsWith("ال") ? first.substring(2) : first;
        });
        if (heads.contains(head)) {
            seen.computeIfAbsent(head, k -> new HashMap<>()).merge(e.id(), 1, Integer::sum);
        }
        String shortName = shortOf.computeIfAbsent(e.id(), id -> {
            String[] w = Words.split(res.normalizer.normalize(e.labelAr().strip()));
            // a name in the construct state, longer than its first two words: "مجلس التعاون لدول …"
            return w.length >= 3 && !w[0].startsWith("ال") && (w[1].startsWith("ال") || !w[2].startsWith("ال")) ? w[0] + " " + w[1] : "";
        });
        if (!shortName.isEmpty()) {
            seen.computeIfAbsent(SHORT + shortName, k -> new HashMap<>()).merge(e.id(), 1, Integer::sum);
            shortFirsts.add(shortName.substring(0, shortName.indexOf(' ')));
        }
        return true;
    }

    private static String dominant(Map<String, Integer> counts) {
        if (counts == null) {
            return null;
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().filter(e -> e.getValue() >= total * ArabicActorRecognizer.ANAPHOR_DOMINANCE)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
