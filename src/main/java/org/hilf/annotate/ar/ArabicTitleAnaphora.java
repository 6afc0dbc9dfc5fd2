package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;

/**
 * Resolves a title standing alone to the person it refers back to ("وقال سموه"، "وأكد رئيس
 * الجمهورية"، "ولي العهد" with no name after it): the person the article named last, before the
 * title, who held one of the title's roles ({@code data/lexicon/ar/title_anaphors.tsv}) on the
 * article's date; but when the article introduced a person with the very title ("رئيس الجمهورية،
 * السيد عبد المجيد تبون"، "سمو ولي العهد الشيخ X" when X holds the title's role), the title means that
 * person throughout (a local paper's "رئيس الجمهورية" is its own head of state, a Gulf agency's "سمو
 * ولي العهد" its own crown prince, whoever else it names). No such person, no mention. Adds to the actors layer with the confidence of a
 * title resolution. Stateless after construction and thread-safe.
 */
public final class ArabicTitleAnaphora extends MentionResolver {
    /** How many of those words may stand between an honorific and the name. */
    private static final int MORE_TITLES = 3;

    /**
     * Words that continue an honorific for the same person before the name ("صاحب السمو الملكي
     * الأمير"); another honorific ("دولة"، "معالي") begins the next person's title.
     */
    private final Set<String> honorificChain;

    private final ArabicResources res;
    private final PhraseIndex<Set<String>> titles;
    /** Titles that refer back when an adjective of nationality follows them ("الوزير الروسي"). */
    private final PhraseIndex<Set<String>> national;
    /** Honorific pronouns → the honorific that introduced whom they mean ("معاليه" → "معالي"), folded. */
    private final Map<String, String> introducedBy = new HashMap<>();
    /** Titles an agency uses for its own state's holder (the {@code home} column), folded. */
    private final Set<String> own = new java.util.HashSet<>();
    private final ArabicDateline dateline;
    private final ArabicTitleAntecedents antecedents;
    /** Titles whose holder the article named as a royal ("سمو وزير الخارجية": the column royal), folded. */
    private final Set<String> royal = new java.util.HashSet<>();
    /** Honorific pronouns ("معاليه"، the column pronoun), folded: they refer back, never head the title of a name after them. */
    private final Set<String> pronouns = new java.util.HashSet<>();

    public ArabicTitleAnaphora(ArabicResources res) {
        this.res = res;
        this.dateline = new ArabicDateline(res);
        this.antecedents = new ArabicTitleAntecedents(res);
        this.titles = new PhraseIndex<>(res.clitics, true);
        this.honorificChain = Set.copyOf(res.fold(List.of("الملكي", "الأمير", "الشيخ", "السيد")));
        for (Tsv.Row r : Tsv.read("lexicon/ar/title_anaphors.tsv")) {
            String form = res.normalizer.normalize(r.required("form_ar"));
            titles.add(AliasIndex.split(form), Set.copyOf(r.list("roles")));
            if (r.get("introduced_by") != null) {
                introducedBy.put(form, res.normalizer.normalize(r.get("introduced_by")));
            }
            if ("yes".equals(r.get("royal"))) {
                royal.add(form);
            }
            if ("yes".equals(r.get("pronoun"))) {
                pronouns.add(form);
            }
            if ("own".equals(r.get("home"))) {
                own.add(form);
            }
        }
        this.national = new PhraseIndex<>(res.clitics, true);
        for (Tsv.Row r : Tsv.read("lexicon/ar/national_title_anaphors.tsv")) {
            national.add(AliasIndex.split(res.normalizer.normalize(r.required("form_ar"))), Set.copyOf(r.list("roles")));
        }
    }

    @Override
    List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date) {
        List<ActorMention> added = new ArrayList<>();
        NormalizedText text = res.folded(doc);
        Map<String, ActorMention> introduced = new HashMap<>();
        String home = dateline.state(doc, text, actors);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (int i = 0; i < tokens.size(); i++) {
                PhraseIndex.Hit<Set<String>> hit = titles.longestAt(tokens, i, r -> !r.prefix().contains("ال") && !r.prefix().contains("ك"));
                ActorMention ofNation = hit == null ? ofNation(doc, actors, tokens, i, date) : null;
                if (ofNation != null) {
                    added.add(ofNation);
                    continue;
                }
                if (hit == null) {
                    continue;
                }
                Span span = new Span(tokens.get(i).start(), tokens.get(hit.to() - 1).end());
                String form = String.join(" ", hit.words());
                ActorMention apposed = apposition(doc, actors, tokens, hit.to());
                if (apposed != null) {
                    // "رئيس الجمهورية، السيد عبد المجيد تبون": the article introduces whom the title means
                    introduced.putIfAbsent(form, apposed);
                    i = hit.to() - 1;
                    continue;
                }
                // "صاحب السمو الملكي الأمير محمد بن سلمان": more honorifics and titles may stand before the name
                int next = hit.to();
                while (next < tokens.size() && next - hit.to() < MORE_TITLES && !tokens.get(next).breakBefore()
                        && honorificChain.contains(tokens.get(next).text())) {
                    next++;
                }
                // "كما استقبل معاليه سعادة المبعوث الخاص … X": the pronoun is the host, X the guest
                boolean named = !pronouns.contains(form) && next < tokens.size() && !tokens.get(next).breakBefore()
                        && covered(actors, tokens.get(next).start(), tokens.get(next).end())
                        && !coordinated(actors, tokens.get(next))
                        && !anotherOffice(doc, actors, tokens.get(next).start(), hit.value(), date);
                if (named || covered(actors, span.start(), span.end()) || !pronouns.contains(form) && (headOfLongerTitle(actors, tokens, hit.to(), form)
                        || holderWithMoreTitles(doc, actors, tokens, hit.to(), hit.value(), date, form))) {
                    ActorMention holder = named ? holderAt(doc, actors, tokens.get(next).start(), hit.value(), date) : null;
                    if (holder != null) {
                        introduced.putIfAbsent(form, holder); // "سمو ولي العهد الشيخ X": the title means X from here on
                    }
                    i = hit.to() - 1;
                    continue; // a title before a name, or one the recogniser has already read
                }
                if (introducedBy.containsValue(form)) {
                    i = hit.to() - 1;
                    continue; // "معالي" only introduces ("وقال معالي رئيس مجلس الوزراء"): its pronoun "معاليه" refers back
                }
                // "رئيس المفوضية المنتخب": the one just elected, not the holder on the date (new_holder_words.txt)
                boolean elect = hit.to() < tokens.size() && res.newHolderWords.contains(tokens.get(hit.to()).text());
                String as = introducedBy.getOrDefault(form, form);
                ActorMention back = elect ? null : introduced.containsKey(as) ? introduced.get(as)
                        : antecedents.last(doc, referred(actors, added), span.start(), hit.value(), date, own.contains(form) ? home : null, royal.contains(form));
                if (back != null) {
                    int clitic = Clitics.prefixLength(tokens.get(i).text(), hit.words().get(0));
                    Span at = new Span(tokens.get(i).start() + clitic, span.end());
                    added.add(new ActorMention(at, doc.text().substring(at.start(), at.end()), back.entityId(),
                            ActorMention.Role.NAME, ArabicActorRecognizer.TITLE_CONFIDENCE,
                            doc.text().substring(at.start(), at.end()), back.affiliationId()));
                }
                i = hit.to() - 1;
            }
        }
        return added;
    }

    /**
     * The people named and those a title has referred back to so far, in text order: "وأضاف سموه" after
     * "وقال سمو الأمير" is the emir just referred to, not a prince the article named after him.
     */
    private static List<ActorMention> referred(List<ActorMention> actors, List<ActorMention> added) {
        if (added.isEmpty()) {
            return actors;
        }
        List<ActorMention> all = new ArrayList<>(actors);
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(a -> a.span().start()));
        return all;
    }

    /**
     * "الوزير الروسي" with no name after it: the person named last before it who held one of the
     * title's roles for that state on {@code date}, as a mention of the title and the adjective; or null.
     */
    private ActorMention ofNation(AnnotatedArticle doc, List<ActorMention> actors, List<Token> tokens, int i, LocalDate date) {
        PhraseIndex.Hit<Set<String>> hit = national.longestAt(tokens, i, r -> !r.prefix().contains("ال") && !r.prefix().contains("ك"));
        if (hit == null || hit.to() >= tokens.size() || tokens.get(hit.to()).breakBefore()) {
            return null;
        }
        ActorMention adjective = null;
        for (ActorMention a : actors) {
            if (a.span().start() == tokens.get(hit.to()).start() && a.role() == ActorMention.Role.ATTRIBUTE && a.entityId().startsWith("state/")) {
                adjective = a;
            }
        }
        int after = hit.to() + 1;
        if (adjective == null || after < tokens.size() && !tokens.get(after).breakBefore()
                && covered(actors, tokens.get(after).start(), tokens.get(after).end())) {
            return null; // "الوزير الروسي سيرغي لافروف": a name follows, the recogniser's
        }
        ActorMention back = null;
        for (ActorMention a : actors) {
            if (a.span().start() >= tokens.get(i).start()) {
                break;
            }
            String state = adjective.entityId();
            if (a.role() == ActorMention.Role.NAME && a.entityId().startsWith("person/") && res.gazetteer.officesOf(a.entityId()).stream()
                    .anyMatch(o -> hit.value().contains(o.role()) && state.equals(o.affiliationId()) && o.heldOn(date))) {
                back = a;
            }
        }
        if (back == null) {
            return null;
        }
        int clitic = Clitics.prefixLength(tokens.get(i).text(), hit.words().get(0));
        Span at = new Span(tokens.get(i).start() + clitic, adjective.span().end());
        String surface = doc.text().substring(at.start(), at.end());
        return new ActorMention(at, surface, back.entityId(), ActorMention.Role.NAME, ArabicActorRecognizer.TITLE_CONFIDENCE,
                surface, adjective.entityId());
    }

    /**
     * "ورئيس الجمهورية اللبنانية جوزاف عون": the title (folded {@code form}, ending before word {@code j}) begins the
     * longer title of the person named a few words after it, with no break between: it names that person, no one before.
     */
    private boolean headOfLongerTitle(List<ActorMention> actors, List<Token> tokens, int j, String form) {
        for (int k = j; k < tokens.size() && k - j < MORE_TITLES && !tokens.get(k).breakBefore(); k++) {
            for (ActorMention a : actors) {
                if (a.span().start() == tokens.get(k).start()) {
                    return a.title() != null && res.normalizer.normalize(a.title()).contains(form);
                }
            }
        }
        return false;
    }

    /**
     * "وولي العهد رئيس مجلس الوزراء البحريني الأمير سلمان بن حمد": the title stands before the person's
     * other title (the recogniser's, on his mention) and honorifics, with no break, and he held one of
     * its roles on {@code date}: it is his title too, not one that refers back. Not across a preposition:
     * "عقد سمو الأمير لقاء ثنائيا مع أمير دولة قطر" names two people.
     */
    private boolean holderWithMoreTitles(AnnotatedArticle doc, List<ActorMention> actors, List<Token> tokens, int j,
                                         Set<String> roles, LocalDate date, String form) {
        for (int k = j; k < tokens.size() && !tokens.get(k).breakBefore() && !res.prepositions.contains(tokens.get(k).text()); k++) {
            for (ActorMention a : actors) {
                if (a.span().start() == tokens.get(k).start() && a.role() == ActorMention.Role.NAME) {
                    return a.title() != null && k - j <= org.hilf.annotate.Words.count(a.title()) + MORE_TITLES
                            && !sameOfficeAgain(form, a.title(), k - j) && holderAt(doc, actors, a.span().start(), roles, date) != null;
                }
            }
            if (k - j > 2 * MORE_TITLES + 4) {
                return false;
            }
        }
        return false;
    }

    /** "سمو وزير الخارجية وزيرة الخارجية البريطانية X": the title after ours ({@code words} long) opens with our office again, another person's. */
    private boolean sameOfficeAgain(String form, String title, int words) {
        String head = res.normalizer.normalize(title).strip().split(" ")[0];
        return org.hilf.annotate.Words.count(title) == words && List.of(form.split(" ")).contains(head.endsWith("ه") ? head.substring(0, head.length() - 1) : head);
    }

    /** A person named in apposition right after a title ("، السيد X"), or null. */
    private ActorMention apposition(AnnotatedArticle doc, List<ActorMention> actors, List<Token> tokens, int j) {
        if (j >= tokens.size() || !tokens.get(j).breakBefore()) {
            return null;
        }
        for (List<String> h : res.honorifics) {
            if (ArabicResources.at(tokens, j, h)) {
                j += h.size();
                break;
            }
        }
        int at = j < tokens.size() ? tokens.get(j).start() : -1;
        for (ActorMention a : actors) {
            if (at >= 0 && a.span().start() >= at && a.span().start() < tokens.get(j).end()) {
                return a.role() == ActorMention.Role.NAME && res.isPerson(doc, a.entityId()) ? a : null;
            }
        }
        return null;
    }

    /**
     * "شهد سمو الأمير والرئيس التركي التوقيع": the actor after the title is joined to it by "و", the next
     * person of a coordinated pair; the title stands alone and refers back.
     */
    private static boolean coordinated(List<ActorMention> actors, Token next) {
        return next.text().startsWith("و") && actors.stream().anyMatch(a -> a.span().start() == next.start() + 1);
    }

    /** The person named at {@code offset} if they held one of {@code roles} on {@code date}, else null. */
    private ActorMention holderAt(AnnotatedArticle doc, List<ActorMention> actors, int offset, Set<String> roles, LocalDate date) {
        for (ActorMention a : actors) {
            if (a.span().start() == offset && a.role() == ActorMention.Role.NAME && a.entityId().startsWith("person/")) {
                return res.gazetteer.officesOf(a.entityId()).stream().anyMatch(o -> roles.contains(o.role()) && o.heldOn(date)) ? a : null;
            }
        }
        return null;
    }

    /**
     * "التقى سمو ولي العهد رئيس الوزراء الماليزي": what follows the title is another office, read by the
     * recogniser as its holder, who holds none of the title's roles: the title stands alone, not before a name.
     */
    private boolean anotherOffice(AnnotatedArticle doc, List<ActorMention> actors, int offset, Set<String> roles, LocalDate date) {
        for (ActorMention a : actors) {
            if (a.span().start() == offset && a.title() != null && res.isPerson(doc, a.entityId())) {
                boolean titleOnly = res.normalizer.normalize(a.surface()).contains(res.normalizer.normalize(a.title()).strip());
                return titleOnly && holderAt(doc, actors, offset, roles, date) == null;
            }
        }
        return false;
    }
}
