package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.Entity;
import org.hilf.annotate.Gazetteer;

/**
 * The holders of the gazetteer's offices by the last word of their Arabic names: "الرئيس عون" is the
 * president named عون on the article's date, although "عون" alone (a common noun, "help") is no
 * short form of his. Built once; immutable and thread-safe.
 */
final class OfficeSurnames {
    /** Offices by role and the folded last word of the holder's Arabic name: "president عون". */
    private final Map<String, List<Entity.Office>> byRoleAndSurname = new HashMap<>();

    OfficeSurnames(Gazetteer gazetteer, ArabicNormalizer normalizer) {
        for (Entity.Office o : gazetteer.offices()) {
            Entity person = gazetteer.entity(o.personId()).orElse(null);
            if (person == null || person.labelAr() == null || !person.labelAr().contains(" ")) {
                continue;
            }
            String name = normalizer.normalize(person.labelAr().strip());
            byRoleAndSurname.computeIfAbsent(o.role() + " " + name.substring(name.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(o);
        }
    }

    /**
     * The one person whose name ends in {@code word} (folded) and who held {@code role} on {@code date}
     * (for {@code affiliationId}, when not null); null when none or more than one did.
     */
    String holder(String role, String affiliationId, String word, LocalDate date) {
        String found = null;
        for (Entity.Office o : byRoleAndSurname.getOrDefault(role + " " + word, List.of())) {
            if (o.heldOn(date) && (affiliationId == null || affiliationId.equals(o.affiliationId()))) {
                if (found != null && !found.equals(o.personId())) {
                    return null;
                }
                found = o.personId();
            }
        }
        return found;
    }
}
