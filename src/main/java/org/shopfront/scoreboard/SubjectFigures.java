package org.shopfront.scoreboard;

import java.util.UUID;

/** One subject's figures, say a provider's, with its name. */
public record SubjectFigures(ScoreDimension dimension, UUID id, String name, Figures figures) {

}
