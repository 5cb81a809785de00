package org.quicksilver.platform.audit;

import java.io.Serializable;

/**
 * One field's value before and after a revision, written as text (dates ISO, amounts plain).
 *
 * @param enumType the simple name of the field's enum type, so a page can translate the values;
 *     null for other fields
 */
public record FieldChange(String field, String before, String after, String enumType)
    implements Serializable {}
