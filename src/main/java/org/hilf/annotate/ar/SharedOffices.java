package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Entity;

/**
 * An office several people hold at once (the UN Secretary-General's envoys, the UAE's two
 * vice-presidents): its title alone names none of them (Gazetteer.holder), but the name the text
 * gives a few words after it tells which ("التقت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا
 * هانا تيتيه"). Stateless.
 */
final class SharedOffices {
    /** Words after the title within which the holder's name may stand. */
    private static final int NAMED_REACH = 6;

    private SharedOffices() { }

    /** The holder of the title's shared office whom the text names a few words after it, or null (one holder, or none named). */
    static String namedHolder(ArabicResources res, List<Token> tokens, TitleMatcher.Title t, LocalDate date) {
        List<String> holders = res.gazetteer.terms(t.role(), t.affiliationId(), date).stream().map(Entity.Office::personId).toList();
        for (int j = t.to(); j < tokens.size() && j < t.to() + NAMED_REACH && holders.size() > 1; j++) {
            for (AliasIndex.Match m : res.aliases.matchesAt(tokens, j)) {
                if (holders.contains(m.entry().entityId())) {
                    return m.entry().entityId();
                }
            }
        }
        return null;
    }
}
