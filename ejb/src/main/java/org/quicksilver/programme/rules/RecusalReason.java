package org.quicksilver.programme.rules;

import java.util.Optional;

/**
 * Why a member stays out of one application.
 *
 * @param sameCountry the member comes from the applicant Party, which recuses without asking
 * @param declared what the member declared, if anything
 */
public record RecusalReason(boolean sameCountry, Optional<String> declared) {}
