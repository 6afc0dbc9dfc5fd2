package org.hilf.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person whose sentence says he speaks as the chair of an international body ("Speaking as ASEAN
 * chair, Anwar told …", "وقال الرئيس X، بصفته رئيسا للدورة الحالية للاتحاد الأفريقي، إن …") speaks
 * for that body in that sentence, not for his state. Only there: whether a chair speaks for his body
 * elsewhere in the article the gold writers judged both ways (tried article-wide: held-back Arabic
 * lost as many statements as it gained). The phrases are data
 * ({@code data/lexicon/<lang>/chair_capacities.tsv}: an opener, then within a few words a word of
 * chairing); the body is the organization the gazetteer knows named from the opener to a few words
 * after that word, not a national body nor a medium; the person is the nearest person named in the
 * sentence, before the phrase, else after it. Language-neutral; stateless and thread-safe.
 */
public final class ChairCapacities {
    /** Words between the opener and the word of chairing at most ("speaking as ASEAN chair"). */
    private static final int CHAIR_REACH = 4;
    /** Words after the word of chairing within which the body is named ("رئيس الدورة الحالية للمجلس الأعلى لمجلس التعاون"). */
    private static final int BODY_REACH = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private final Gazetteer gazetteer;
    private final List<List<String>> openers = new ArrayList<>();
    private final Set<String> chairs;

    public ChairCapacities(Gazetteer gazetteer, String lexicon) {
        this.gazetteer = gazetteer;
        List<String> chairWords = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(lexicon)) {
            String w = r.required("words").toLowerCase(Locale.ROOT);
            if (r.required("kind").equals("opener")) {
                openers.add(List.of(w.split(" ")));
            } else {
                chairWords.add(w);
            }
        }
        this.chairs = Set.copyOf(chairWords);
    }

    /** The statements, each of a person its own sentence names as a body's chair made the body's. */
    public List<StatementMention> apply(AnnotatedArticle doc, List<StatementMention> statements) {
        List<StatementMention> out = new ArrayList<>(statements.size());
        for (StatementMention s : statements) {
            // only a statement's own sentence is read: the phrase is rare, and an article's other sentences never matter
            String body = s.speakers().size() == 1 ? chairs(doc, s.sentence()).get(s.speakers().get(0)) : null;
            out.add(body == null ? s : new StatementMention(s.sentence(), s.trigger(), s.speakers(), Set.of(body), s.about(),
                    s.quotes(), s.date(), s.planned()));
        }
        return List.copyOf(out);
    }

    /** Person → the body sentence {@code s} names him the chair of (the first, if several). */
    private Map<String, String> chairs(AnnotatedArticle doc, Sentence s) {
        Map<String, String> out = new HashMap<>();
        String text = doc.text();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            int opened = openerAt(text, words, i);
            if (opened < 0) {
                continue;
            }
            for (int k = opened; k < Math.min(words.size(), opened + CHAIR_REACH + 1); k++) {
                if (chairs.contains(word(text, words.get(k)))) {
                    int to = words.get(Math.min(words.size() - 1, k + BODY_REACH))[1];
                    String body = body(doc, words.get(i)[0], to);
                    String person = body == null ? null : person(doc, s, words.get(i)[0]);
                    if (person != null) {
                        out.putIfAbsent(person, body);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The word after an opener that starts at word i, or -1. */
    private int openerAt(String text, List<int[]> words, int i) {
        for (List<String> o : openers) {
            boolean all = i + o.size() <= words.size();
            for (int k = 0; all && k < o.size(); k++) {
                all = word(text, words.get(i + k)).equals(o.get(k));
            }
            if (all) {
                return i + o.size();
            }
        }
        return -1;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }

    /** The first international body (no state's own, no medium) named within [from, to). */
    private String body(AnnotatedArticle doc, int from, int to) {
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().start() >= from && a.span().start() < to) {
                Entity e = gazetteer.entity(doc, a.entityId());
                if (e != null && e.type().isOrganization() && e.countryId() == null && !gazetteer.isMedia(e.id())
                        && !gazetteer.isMovement(e.id())) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /** The person named in the sentence nearest before {@code at}, else the first after it, or null. */
    private static String person(AnnotatedArticle doc, Sentence s, int at) {
        String before = null;
        String after = null;
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (!a.isActor() || !a.entityId().startsWith("person/") || !s.span().contains(a.span())) {
                continue;
            }
            if (a.span().end() <= at) {
                before = a.entityId();
            } else if (after == null) {
                after = a.entityId();
            }
        }
        return before != null ? before : after;
    }
}
