package org.hilf.annotate;

import java.util.List;
import java.util.Map;

/** The layers an article gets on its way through the annotators, in the order they are added. */
public final class Keys {
    /** Spans of the text that are the article's own prose (not menus, related links, reference lists). */
    public static final Key<List<Span>> CONTENT = new Key<>("content", List.class);
    public static final Key<List<Sentence>> SENTENCES = new Key<>("sentences", List.class);
    /** The date every relative expression is anchored to: the publication date, or one derived from the text. */
    public static final Key<Anchor> ANCHOR = new Key<>("anchor", Anchor.class);
    public static final Key<List<DateMention>> DATES = new Key<>("dates", List.class);
    public static final Key<List<ActorMention>> ACTORS = new Key<>("actors", List.class);
    /** Actors first seen in this article (people named after a title), by id. */
    public static final Key<Map<String, Entity>> NEW_ENTITIES = new Key<>("new-entities", Map.class);
    public static final Key<List<EventMention>> EVENTS = new Key<>("events", List.class);
    /** Memberships and partnerships the article speaks of (confirmed by the gazetteer). */
    public static final Key<List<TieMention>> TIES = new Key<>("ties", List.class);
    public static final Key<List<StatementMention>> STATEMENTS = new Key<>("statements", List.class);

    private Keys() { }
}
