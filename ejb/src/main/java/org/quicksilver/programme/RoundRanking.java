package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A round's ranking by weighted score with the funding envelope beside it, and the committee's
 * progress.
 *
 * @param earmarkCode the round's earmark (its grants' money); null if the round has none
 * @param available what the earmark can still allocate (received less allocated), USD
 * @param pledgedUnpaid what the earmark's pledges still have to bring in, USD
 * @param fundableTotal requested by the applications above the line
 * @param coveredByPledgesTotal requested by those pledged money would cover once paid
 * @param availableLeft available less the fundable total
 */
public record RoundRanking(
    Long roundId,
    int roundNumber,
    String roundTitle,
    String earmarkCode,
    List<CriterionLine> criteria,
    List<RankingLine> lines,
    List<UnscoredRow> unscored,
    BigDecimal available,
    BigDecimal pledgedUnpaid,
    BigDecimal fundableTotal,
    BigDecimal coveredByPledgesTotal,
    BigDecimal availableLeft,
    List<ProgressRow> progress)
    implements Serializable {}
