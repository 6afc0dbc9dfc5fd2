package org.hilf.annotate.ar;

import java.util.List;
import java.util.function.Function;

import org.hilf.annotate.ActorMention.Role;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;

/**
 * Titles and the people they name, for an {@link ArabicActorPass}: a known person or a spelling
 * of one after the title, a new name in apposition, an occupation standing for the person it
 * introduced, or the title alone for whoever held the office on the article's date. Writes its
 * mentions, people and short names into the pass; used by one thread.
 */
final class ArabicTitledPeople {
    private final ArabicActorPass pass;
    private final ArabicResources res;
    /** The pass's anaphora, made once per article: one made at every token was 1 % of the bytes the Arabic annotation allocated. */
    private final Function<String, String> anaphor;

    ArabicTitledPeople(ArabicActorPass pass) {
        this.pass = pass;
        this.res = pass.res;
        this.anaphor = pass::anaphor;
    }

    /** A title, and the person it names. Returns the token after it, or -1. */
    int title(List<Token> tokens, int i) {
        TitleMatcher.Title t = pass.recognizer.titles.matchAt(tokens, i, anaphor);
        if (t == null) {
            return -1;
        }
        int start = t.to() < tokens.size() && res.newHolderWords.contains(tokens.get(t.to()).text()) ? t.to() + 1 : t.to();
        int j = skipHonorific(tokens, start); // "رئيس المفوضية الجديد محمود علي يوسف"
        boolean honorific = j > start;
        // "… باسم رئاسة الجمهورية السفير محمد الشناوي": an occupation in apposition to a longer title takes no
        // definite family name: that title's body, which the person speaks for, is too often unknown
        boolean apposed = t.from() > 0 && !tokens.get(t.from()).breakBefore() && definite(tokens.get(t.from() - 1).text());
        boolean occupation = occupation(t, apposed);
        // "وزير التجارة العراقي أثير داود الغريري في": a minister by portfolio is an indefinite noun, not a definite
        // occupation ("الباحث"): the definite word closed after the name is its family name, as for an occupation
        boolean indefinite = !t.isOffice() && t.minister();
        boolean commentator = occupation && pass.recognizer.commentators.speaksForNoOne(tokens, t, j); // "الباحث الإثيوبي X"
        String affiliation = commentator ? null : t.affiliationId();
        // an occupation's title runs on over its field and description to the name: the statement reader
        // takes a titled subject whose title reaches its name
        int titleEnd = t.to();
        if (occupation && affiliation == null) {
            AliasIndex.Match body = bodyAfter(tokens, j); // "القيادي في حماس سامي أبو زهري"
            affiliation = body == null ? null : body.entry().entityId();
            j = body == null ? afterField(tokens, j) : body.to(); // "الباحث في العلاقات الدولية كريم الطاهري"
            if (commentator && body == null) {
                j = pass.recognizer.commentators.nameStart(tokens, j); // "السياسي الليبي"، "في شؤون القرن الأفريقي"
            }
            titleEnd = Math.max(titleEnd, j);
            if (commentator && skipHonorific(tokens, j) > j) { // "… الدكتور عبد الرحمن أبو خريس"
                honorific = true;
                j = skipHonorific(tokens, j);
            }
        }
        int posted = pass.recognizer.envoyPosts.nameAfter(tokens, t.from(), j, k -> newName(tokens, k, false, false));
        // the post is of the title: a phrase reader finds where the title begins by counting its words back from the name
        String titleText = pass.text(tokens, t.from(), posted > j ? posted : titleEnd);
        boolean longer = indefinite && posted <= j && longerThanGivenNames(tokens, j);
        // a known person right after the title: "رئيس الوزراء فوميو كيشيدا"، "الرئيس يول"
        if (j < tokens.size() && !longer) {
            for (AliasIndex.Match m : posted > j ? res.aliases.matchesAt(tokens, posted) : res.aliases.matchesAt(tokens, j)) {
                Entity e = res.gazetteer.entity(m.entry().entityId()).orElse(null);
                if (e != null && e.type() == EntityType.PERSON && !m.firstReading().stripped()) {
                    String aff = t.affiliationId() != null ? t.affiliationId() : officeNamed(e.id(), t.role());
                    pass.add(tokens, j, m.to(), e.id(), Role.NAME, 1.0, titleText, aff);
                    pass.seenPeople.put(e.id(), true);
                    pass.rememberNameParts(tokens, j, m.to(), e.id());
                    return m.to();
                }
            }
            String local = pass.localShortNames.get(tokens.get(j).text());
            if (local != null) {
                pass.add(tokens, j, j + 1, local, Role.NAME, 1.0, titleText, t.affiliationId());
                return j + 1;
            }
            // the family name of the one who held the title's office on the date: "الرئيس عون"
            String bySurname = t.role() == null || pass.date == null || res.stopwords.contains(tokens.get(j).text()) ? null
                    : res.surnames.holder(t.role(), t.affiliationId(), tokens.get(j).text(), pass.date);
            if (bySurname != null) {
                pass.add(tokens, j, j + 1, bySurname, Role.NAME, 1.0, titleText,
                        t.affiliationId() != null ? t.affiliationId() : res.gazetteer.affiliationOn(bySurname, pass.date).orElse(null));
                pass.seenPeople.put(bySurname, true);
                return j + 1;
            }
            // a spelling no list has, after its title ("نظيره القرغيزي صادر جاباروف")
            Object[] fuzzy = res.aliases.skeletonAt(tokens, j);
            if (fuzzy != null) {
                String person = (String) fuzzy[0];
                String aff = t.affiliationId() != null ? t.affiliationId() : res.gazetteer.affiliationOn(person, pass.date).orElse(null);
                pass.add(tokens, j, j + (Integer) fuzzy[1], person, Role.NAME, ArabicActorRecognizer.FUZZY_CONFIDENCE, titleText, aff);
                pass.seenPeople.put(person, true);
                pass.rememberNameParts(tokens, j, j + (Integer) fuzzy[1], person); // "وأضاف بيلاوسوف": this article's spelling
                return j + (Integer) fuzzy[1];
            }
        }
        // a new name in apposition: "الباحث الكوري الشمالي، كيم تونج ميونج،"; after an envoy's post ("السفير الفرنسي في بيروت X")
        j = posted > j && pass.recognizer.envoyPosts.envoy(tokens, t.from()) ? posted : j;
        int end = newName(tokens, j, honorific, occupation && !apposed || indefinite);
        end = longer ? j + 3 : end;
        // "وزير التجارة والصناعة وترويج الاستثمار": a portfolio's construct after a conjunction, no name
        end = indefinite && end > j && tokens.get(j).text().startsWith("و") && tokens.get(end - 1).text().startsWith("ال") ? j : end;
        affiliation = indefinite && affiliation == null ? ArabicHomeMinisters.sideBefore(res, tokens, t.from()) : affiliation;
        if (end > j && (affiliation != null || !t.isOffice())) {
            Entity person = newPerson(tokens, j, end, titleText, affiliation);
            if (!t.isOffice() && !indefinite) { // "وزير": one head for every portfolio, so no minister stands for another
                pass.byOccupation.put(t.head(), person.id());
            }
            pass.add(tokens, j, end, person.id(), Role.NAME, 1.0, titleText, affiliation);
            return end;
        }
        // an occupation alone ("الباحث") is the person this article introduced with it
        if (!t.isOffice() && t.affiliationId() == null && !indefinite) {
            String earlier = pass.byOccupation.get(t.head());
            if (earlier != null) {
                pass.add(tokens, t.from(), t.to(), earlier, Role.NAME, ArabicActorRecognizer.TITLE_CONFIDENCE, titleText, null,
                        Clitics.prefixLength(tokens.get(t.from()).text(), t.head()));
                return t.to();
            }
        }
        // the title alone stands for whoever held the office on the article's date, unless it is a
        // deputy's or a former holder's ("مساعد وزير الدفاع"، "وزير الدفاع السابق")
        boolean subordinate = (t.from() > 0 && pass.recognizer.deputies.contains(tokens.get(t.from() - 1).text()))
                || (t.to() < tokens.size() && pass.recognizer.deputies.contains(tokens.get(t.to()).text()));
        if (subordinate) {
            return t.to();
        }
        if (t.isOffice() && t.affiliationId() != null && pass.date != null) {
            String named = SharedOffices.namedHolder(res, tokens, t, pass.date);
            Entity holder = named != null ? res.gazetteer.entity(named).orElse(null) : res.gazetteer.holder(t.role(), t.affiliationId(), pass.date).orElse(null);
            if (holder != null) {
                pass.add(tokens, t.from(), t.to(), holder.id(), Role.NAME, ArabicActorRecognizer.TITLE_CONFIDENCE, titleText, t.affiliationId(),
                        Clitics.prefixLength(tokens.get(t.from()).text(), t.head()));
                pass.seenPeople.put(holder.id(), true);
            }
            return t.to();
        }
        // "استقبل سفير فرنسا": an occupation's construct with no name after it leaves the state to be read as a side
        return t.affiliationId() != null && !pass.recognizer.envoyPosts.delegate(tokens, t.from()) ? t.to() : -1;
    }

    /**
     * The body of the person's office that the title names ("رئيس المفوضية الجديد محمود علي يوسف",
     * elected before his term begins, is the African Union's, not the state he served until then);
     * else of the office he held on the article's date.
     */
    private String officeNamed(String personId, String role) {
        for (Entity.Office o : res.gazetteer.officesOf(personId)) {
            if (o.role().equals(role) && o.affiliationId() != null) {
                return o.affiliationId();
            }
        }
        return res.gazetteer.affiliationOn(personId, pass.date).orElse(null);
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
     * The end of a new name starting at j, or j when there is none. A name is 1–4 words that are not stopwords,
     * not known names and not definite nouns, closed by punctuation, the end of the sentence or (two words
     * or more) a particle of stopwords.txt (after an honorific one word suffices: "الجنرال ناكاتاني").
     */
    int newName(List<Token> tokens, int j, boolean honorific, boolean occupation) {
        int k = j;
        while (k < tokens.size() && k - j < 4) {
            Token t = tokens.get(k);
            if (k > j && (t.breakBefore() || pass.recognizer.commentators.toMedium(tokens, k))) {
                break; // "… سامر الحلبي لـ«الشرق الأوسط»": the medium he spoke to is not his name
            }
            String w = t.text();
            if (k == j && (w.startsWith("لل") || w.startsWith("بال") && w.length() >= 6)) {
                break; // "رئيس تركمانستان بالصفة نفسها": a preposition and article open no name
            }
            boolean god = k > j && w.equals("الله"); // "عطاء الله تارار", "عبد الله ديوب": the one definite word of a name
            // "عبد الرحمن أبو خريس"، "محمد فال ولد بلال": a particle and the word it binds are of the name
            if (k > j && (pass.recognizer.nameParticles.contains(w) || pass.recognizer.nameParticles.contains(tokens.get(k - 1).text()))
                    && !res.stopwords.contains(w) && w.chars().noneMatch(c -> c < 128)) {
                k++;
                continue;
            }
            // an occupation's name may end in a definite family name when the name is closed right after it
            // ("الباحث … كريم الطاهري أن"); an office's next word is as often a noun ("ضيفه الكبير")
            boolean family = occupation && k > j && closes(tokens, k + 1);
            if (res.stopwords.contains(w) || res.reportWords.contains(w) || w.startsWith("ال") && !god && !family || w.length() < 2
                    || k > j && res.conjoinedTitle(w) // "… أثير داود الغريري ووزير الصناعة": another title opens
                    || !res.aliases.matchesAt(tokens, k).isEmpty()
                    || Character.isDigit(w.charAt(0)) || w.chars().anyMatch(c -> c < 128)) {
                break;
            }
            k++;
        }
        if (k == j) {
            return j;
        }
        // a particle ends a name of two words or more as punctuation does: "… سيدي ولد أحمدو إن"
        boolean closed = k == tokens.size() || tokens.get(k).breakBefore() || k - j >= 2 && closes(tokens, k);
        // one word before a stop is a noun as often as a name ("استقبل أمير قطر ضيفه.")
        if (closed && (k - j >= 2 || honorific)) {
            return k;
        }
        return honorific ? j + 1 : j;
    }

    /**
     * An occupation of role_nouns.txt that is a noun ("الباحث"، "السفير"، "القيادي"): not a word of relation
     * ("نظيره") nor a relative adjective that qualifies the definite noun before it ("العلاقات الدبلوماسية").
     */
    private static boolean occupation(TitleMatcher.Title t, boolean apposed) {
        String h = t.head();
        boolean relative = h.endsWith("ي") || h.endsWith("يه") || h.endsWith("ية");
        return !t.isOffice() && h.startsWith("ال") && !(relative && apposed);
    }

    /**
     * "القيادي في حماس X"، "المتحدث باسم حركة فتح X": a word of occupation_links.tsv that opens a body and an
     * organization the gazetteer knows right after it (no medium), when no break comes before the name; else null.
     */
    private AliasIndex.Match bodyAfter(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !pass.recognizer.bodyOpeners.contains(tokens.get(j).text()) || tokens.get(j).breakBefore()) {
            return null;
        }
        for (AliasIndex.Match m : res.aliases.matchesAt(tokens, j + 1)) {
            Entity e = res.gazetteer.entity(m.entry().entityId()).orElse(null);
            if (e != null && e.type().isOrganization() && !res.gazetteer.isMedia(e.id()) && !m.firstReading().stripped()
                    && m.to() < tokens.size() && !tokens.get(m.to()).breakBefore()) {
                return m;
            }
        }
        return null;
    }

    /** A definite word, with or without a clitic before the article ("المغتربين"، "للشؤون"). */
    private static boolean definite(String w) {
        return w.startsWith("ال") || w.startsWith("لل") || w.length() > 3 && w.substring(1).startsWith("ال");
    }

    /**
     * "وزير التجارة محمد حسن الغريري في": two common given names at j, a definite family name and a close after them, a
     * longer name than the known person of those two names ("محمد حسن", Malaysia's foreign minister).
     */
    private boolean longerThanGivenNames(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && res.givenNamesOnly(tokens, j, j + 2) && tokens.get(j + 2).text().startsWith("ال")
                && !tokens.get(j + 1).breakBefore() && !tokens.get(j + 2).breakBefore() && closes(tokens, j + 3);
    }

    /** Punctuation, the end of the sentence, a particle of stopwords.txt or a conjoined title at k: a name before it is closed. */
    private boolean closes(List<Token> tokens, int k) {
        return k >= tokens.size() || tokens.get(k).breakBefore() || res.stopwords.contains(tokens.get(k).text())
                || res.conjoinedTitle(tokens.get(k).text()) // "… الغريري ووزير الصناعة"
                || pass.recognizer.commentators.toMedium(tokens, k);
    }

    /**
     * "الباحث في الشؤون الأمنية سالم المهيري": after an occupation, a word of occupation_fields.txt and one to
     * three definite words name its field; the token after them, where the name begins; else {@code j}.
     */
    private int afterField(List<Token> tokens, int j) {
        if (j >= tokens.size() || !pass.recognizer.fieldOpeners.contains(tokens.get(j).text()) || tokens.get(j).breakBefore()) {
            return j;
        }
        int k = j + 1;
        while (k < tokens.size() && k - j <= 3 && tokens.get(k).text().startsWith("ال") && !tokens.get(k).breakBefore()
                && res.aliases.matchesAt(tokens, k).isEmpty()) {
            k++;
        }
        return k > j + 1 && k < tokens.size() && !tokens.get(k).breakBefore() ? k : j;
    }

    Entity newPerson(List<Token> tokens, int from, int to, String title, String affiliation) {
        StringBuilder folded = new StringBuilder();
        for (int k = from; k < to; k++) {
            folded.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        String id = "person/ar-" + ArabicActorRecognizer.hash(folded.toString());
        Entity e = pass.newEntities.computeIfAbsent(id, x -> new Entity(x, EntityType.PERSON,
                pass.doc.text().substring(tokens.get(from).start(), tokens.get(to - 1).end()), null, null, null, null,
                affiliation, title));
        pass.seenPeople.put(id, true);
        if (!res.givenNames.contains(tokens.get(from).text())) {
            pass.localShortNames.putIfAbsent(tokens.get(from).text(), id);
        }
        pass.localShortNames.putIfAbsent(tokens.get(to - 1).text(), id);
        return e;
    }
}
