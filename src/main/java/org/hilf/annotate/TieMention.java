package org.hilf.annotate;

/**
 * A membership or partnership that an article speaks of: both sides named in one sentence, and
 * the tie confirmed by the gazetteer.
 *
 * @param memberId       the member or partner
 * @param relation       "memberOf" or "partnerOf"
 * @param organizationId the organization or alliance
 * @param sentence       the sentence that names both
 */
public record TieMention(String memberId, String relation, String organizationId, Sentence sentence) { }
