package org.hilf.annotate.frame;

import java.util.List;

import org.hilf.annotate.ActorMention;

/**
 * A phrase of coordinated actors in a sentence ("الرئيس X ورئيس الوزراء Y"), with the word that
 * introduces it: a preposition ("مع"، the clitic "ب"), {@link #DIRECT} when nothing does (a
 * subject or object), or {@link #TOPIC} inside a topic clause ("بشأن …"). The language's
 * reader builds chunks; the frame engine only reads them.
 *
 * @param intro  the introducing word, folded, or one of the constants
 * @param actors the actor mentions of the phrase, in text order
 * @param from   index of the phrase's first word, its titles included ("وزير الخارجية X")
 * @param to     index just after its last word
 * @param anaphor true when the phrase is a word for the two sides just named ("الجانبان"), or for
 *                all who took part (intro {@link #GROUP}: "القادة")
 */
public record Chunk(String intro, List<ActorMention> actors, int from, int to, boolean anaphor) {
    public static final String DIRECT = "";
    public static final String TOPIC = "#topic";
    /** An anaphor for the two states of the event just reported ("البلدان"): its states, not its people. */
    public static final String STATES = "#states";
    /**
     * An anaphor for the sides of the event just reported ("الجانبان"، "الطرفين"): its states and bodies,
     * not the people who spoke for them ("اتفق الجانبان على عقد اجتماع للجنة المشتركة" is the two states').
     */
    public static final String SIDES = "#sides";
    /** An anaphor for the two organizations of the event just reported ("the two blocs"): those bodies, not their people or states. */
    public static final String BODIES = "#bodies";
    /** An anaphor for all who took part in the gathering just reported ("القادة"): its organization. */
    public static final String GROUP = "#group";
    /** As {@link #GROUP}, for a gathering reported in the same sentence only ("اختتمت القمة … باعتماد إعلان"). */
    public static final String CLOSED = "#closed";

    /**
     * Named members of a group the sentence describes ("وشارك في الاجتماع وزراء خارجية الدول الأعضاء،
     * بينهم X وY"): a direct phrase that stands for the group's place, however long its description.
     */
    public static final String INCLUDED = "#included";

    /** An anaphor for three sides or more ("اتفقوا": a plural, not a dual). */
    public static final String SEVERAL = "#several";

    private static final String COUNTED = "#sides=";

    /** An anaphor for exactly {@code n} sides just reported ("القادة الثلاثة"، "اتفقا": two). */
    public static String counted(int n) { return COUNTED + n; }

    /**
     * Whether an anaphor fits an event of {@code sides} sides: a counted one only when the number
     * agrees, any other always.
     */
    public boolean fits(int sides) {
        if (intro.startsWith(COUNTED)) {
            return sides == Integer.parseInt(intro.substring(COUNTED.length()));
        }
        return !intro.equals(SEVERAL) || sides >= 3;
    }

    /** A phrase of places alone ("the Riyadh summit" read as a place), no actor. */
    public boolean placesOnly() { return !anaphor && !actors.isEmpty() && actors.stream().allMatch(a -> a.role() == ActorMention.Role.PLACE); }

    public boolean direct() { return intro.equals(DIRECT) || intro.equals(INCLUDED) || intro.equals(STATES) || intro.equals(BODIES)
            || intro.equals(SIDES); }
}
