package org.hilf.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A region that news names as one side of a diplomatic format ({@code data/lexicon/region_groups.tsv}: "the
 * China-Central Asia Summit", "قمة دول الخليج وآسيا الوسطى") stands for each of its states: one mention of each
 * at the region's words, so frames and chunkers read the region as a phrase of coordinated states. Not where a
 * name the recognisers found covers the words. Runs after the actor recognisers of both languages; reads and
 * replaces the actor layer. Stateless after construction and thread-safe.
 */
public final class RegionGroups implements Annotator {
    /** Confidence of a state read from its region: below a name's, as the region may stand for fewer states. */
    static final double CONFIDENCE = 0.8;

    private record Group(String lang, Pattern form, List<String> states) { }

    private final List<Group> groups = new ArrayList<>();

    /** @throws IllegalArgumentException when a row names a state the gazetteer does not know (the row is named) */
    public RegionGroups(Gazetteer gazetteer) {
        for (Tsv.Row r : Tsv.read("lexicon/region_groups.tsv")) {
            for (String state : r.list("states")) {
                if (gazetteer.entity("state/" + state).isEmpty()) {
                    throw new IllegalArgumentException(r.where() + ": no state " + state + " in the gazetteer");
                }
            }
            String lang = r.required("lang");
            String words = Pattern.quote(r.required("form")).replace(" ", "\\E\\s+\\Q");
            // Arabic: the one-letter conjunction or preposition joined to the first word ("وآسيا الوسطى")
            String prefix = lang.equals("ar") ? "(?<![\\p{L}\\p{M}])[وبل]?" : "(?<![\\p{L}\\p{M}-])";
            Pattern p = Pattern.compile(prefix + "(" + words + ")(?![\\p{L}\\p{M}])");
            groups.add(new Group(lang, p, r.list("states").stream().map(s -> "state/" + s).toList()));
        }
        groups.sort(Comparator.comparingInt((Group g) -> g.form().pattern().length()).reversed()); // the longest form first
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.ACTORS); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ACTORS); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        List<ActorMention> added = new ArrayList<>();
        String text = doc.text();
        for (Group g : groups) {
            if (!g.lang().equals(doc.article().language())) {
                continue;
            }
            Matcher m = g.form().matcher(text);
            while (m.find()) {
                Span at = new Span(m.start(1), m.end(1));
                if (overlaps(actors, at) || overlaps(added, at)) {
                    continue; // a name covers the words ("the Central Asia Regional Economic Cooperation"), or a longer form
                }
                for (String state : g.states()) {
                    added.add(new ActorMention(at, m.group(1), state, ActorMention.Role.NAME, CONFIDENCE, null, null));
                }
            }
        }
        if (!added.isEmpty()) { // the actor layer stays in the order of the text
            List<ActorMention> all = new ArrayList<>(actors);
            all.addAll(added);
            all.sort(Comparator.comparingInt((ActorMention a) -> a.span().start()));
            doc.set(Keys.ACTORS, List.copyOf(all));
        }
    }

    private static boolean overlaps(List<ActorMention> mentions, Span at) {
        return mentions.stream().anyMatch(a -> a.span().start() < at.end() && at.start() < a.span().end());
    }
}
