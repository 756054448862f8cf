package org.shopfront.scoreboard;

import java.util.HashMap;
import java.util.Map;

import org.shopfront.catalog.ProviderId;
import org.shopfront.catalog.ProviderRecord;
import org.shopfront.catalog.ProviderRecords;

import org.springframework.stereotype.Component;

/**
 * Each provider's record over the last year, for the store's comparison table, from the
 * scoreboard's figures as it keeps them ({@code shopfront.scoreboard.cache-for}).
 */
@Component
class ScoreboardProviderRecords implements ProviderRecords {

	private final Scoreboard scoreboard;

	ScoreboardProviderRecords(Scoreboard scoreboard) {
		this.scoreboard = scoreboard;
	}

	@Override
	public Map<ProviderId, ProviderRecord> all() {
		Map<ProviderId, ProviderRecord> records = new HashMap<>();
		// The figures alone: a record needs no name, so the catalog is not read.
		this.scoreboard.figures(ScoreDimension.PROVIDER, this.scoreboard.window(ScoreWindow.DEFAULT_WEEKS))
			.forEach((provider, f) -> records.put(new ProviderId(provider), new ProviderRecord(f.promises(),
					f.keptPercent(), f.didNotHold(), f.warnedPercent(), f.satisfactionAnswers(), f.satisfaction())));
		return records;
	}

}
